import type * as v from 'valibot';
import { normalizeAddress, type MailboxKind, type MailProvider, type Observation } from '../../model';
import type { Handlers } from '../../messaging/router';
import type { observationSnapshotProtocol, SnapshotKind } from '../../messaging/observation-snapshot-protocol';
import { repo, type Repo } from '../../store/repo';
import { recordFor } from './observation-repeat';
import { feedObservationsToPlans } from './plans/observe';

type Spec = (typeof observationSnapshotProtocol)['observation/snapshot'];
export type SnapshotRequest = v.InferOutput<Spec['request']>;
export type ObservationSnapshotHandler = NonNullable<Handlers['observation/snapshot']>;

/** What a vanished address means, per kind; lib/status/mailbox-facts.ts reads these fields. */
const GONE: Record<SnapshotKind, Observation['value']> = {
  'crm-personal-inbox': { state: 'removed' },
  'crm-team-channel': { archived: true },
  'provider-grant': { present: false },
};

/** The kinds of list that name mailboxes, and the kind of mailbox each names. */
const MAILBOX_KIND_OF: Partial<Record<SnapshotKind, MailboxKind>> = {
  'crm-personal-inbox': 'personal',
  'crm-team-channel': 'team',
};

const NAMED_PROVIDERS: readonly MailProvider[] = ['google', 'microsoft365', 'outlook', 'imap'];

/** The payload's provider only when it is one we know; anything else leaves the stored one. */
function namedProvider(value: unknown): MailProvider | undefined {
  return NAMED_PROVIDERS.find((provider) => provider === value);
}

/** Fields that say what the record is about (not its state), carried over to the "gone" record. */
const IDENTITY_FIELDS = ['app', 'provider', 'inboxId'] as const;

function isGone(kind: SnapshotKind, value: Observation['value']): boolean {
  const [field, goneValue] = Object.entries(GONE[kind])[0] ?? [];
  return field !== undefined && value[field] === goneValue;
}

function identityOf(value: Observation['value']): Observation['value'] {
  return Object.fromEntries(IDENTITY_FIELDS.filter((f) => f in value).map((f) => [f, value[f] ?? null]));
}

/** The newest observation per address among `observations`. */
function latestByAddress(observations: readonly Observation[]): Map<string, Observation> {
  const latest = new Map<string, Observation>();
  for (const o of observations) {
    const seen = latest.get(o.address);
    if (!seen || o.observedAt >= seen.observedAt) latest.set(o.address, o);
  }
  return latest;
}

/**
 * Stores one observation per listed item (a repeat of the item's last record touches its time,
 * see observation-repeat.ts) and, for every address seen before on the same host,
 * path and scope but missing from this snapshot, one observation that it is gone (unless the
 * last word on it already was). All in one transaction, so a reader never sees half a snapshot.
 * The host comes from the browser-stamped sender, never from the payload.
 */
export function createObservationSnapshotHandler(
  store: Pick<Repo, 'getAllByIndex' | 'putMany' | 'upsertMailbox'>,
  now: () => string = () => new Date().toISOString(),
): ObservationSnapshotHandler {
  return async (snapshot, { sender }) => {
    const host = sender.host ?? (sender.url ? new URL(sender.url).hostname : 'extension');
    const observedAt = now();
    const { kind, path, scope } = snapshot;
    const ofKind = await store.getAllByIndex('observations', 'kind', kind);
    const earlier = ofKind.filter((o) => o.host === host && o.path === path && o.value.scope === scope);
    const lastSaid = latestByAddress(ofKind);
    const listed = new Set(snapshot.items.map((item) => normalizeAddress(item.address)));
    // A reload showing the same row touches its last record instead of adding one (observation-repeat.ts).
    const records: Observation[] = snapshot.items.map((item) => {
      const address = normalizeAddress(item.address);
      return recordFor(lastSaid.get(address), { kind, address, host, path, value: { ...item.value, scope }, observedAt });
    });
    let gone = 0;
    for (const [address, last] of latestByAddress(earlier)) {
      if (listed.has(address) || isGone(kind, last.value)) continue;
      records.push({ kind, address, host, path, value: { ...identityOf(last.value), ...GONE[kind], scope }, observedAt });
      gone += 1;
    }
    await store.putMany('observations', records);
    await feedObservationsToPlans(records);
    // HubSpot's lists are where a mailbox's provider is named: Connected emails for personal
    // inboxes (no API lists them at all, so each listed one becomes a mailbox), an inbox's
    // Channels for team addresses (the channel-accounts API never names the provider).
    const mailboxKind = MAILBOX_KIND_OF[kind];
    if (mailboxKind) {
      for (const item of snapshot.items) {
        await store.upsertMailbox({ address: item.address, kind: mailboxKind, provider: namedProvider(item.value.provider) });
      }
    }
    return { stored: snapshot.items.length, gone };
  };
}

export const observationSnapshot: ObservationSnapshotHandler = createObservationSnapshotHandler(repo);
