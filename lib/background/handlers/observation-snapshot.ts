import type * as v from 'valibot';
import { LIST_HOSTS, normalizeAddress, type MailboxKind, type MailProvider, type Observation } from '../../model';
import { ForbiddenError, type Handlers } from '../../messaging/router';
import type { observationSnapshotProtocol, SnapshotKind } from '../../messaging/observation-snapshot-protocol';
import { repo, type Repo } from '../../store/repo';
import { actedSince, actionsOfTab, type UserAction } from '../user-actions';
import { recordFor } from './observation-repeat';
import { feedObservationsToPlans, feedUnprovenToPlans, type UnprovenSighting } from './plans/observe';
import { NOT_CONNECTED, ownerNotConnected, ownerOfScope } from './owner-absence';
import { tenantOfPageUrl } from './page-tenant';

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
const IDENTITY_FIELDS = ['app', 'provider', 'inboxId', 'portalId'] as const;

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

/** The newest time the page (this host) showed `address` there (listed, or HubSpot present). */
function lastShownAt(observations: readonly Observation[], kind: SnapshotKind, address: string, host: string): string | undefined {
  return observations
    .filter((o) => o.address === address && o.host === host && !isGone(kind, o.value))
    .reduce<string | undefined>((best, o) => (best === undefined || o.observedAt > best ? o.observedAt : best), undefined);
}

export interface SnapshotDeps {
  store: Pick<Repo, 'getAllByIndex' | 'putMany' | 'upsertMailbox'>;
  now?: () => string;
  /** The user's recent actions in a tab (lib/background/user-actions.ts). */
  actions?: (tabId: number) => Promise<readonly UserAction[]>;
}

/**
 * Stores one observation per listed item (a repeat of the item's last record touches its time,
 * see observation-repeat.ts) and decides what a "gone" reading proves. An address listed before
 * on the same host, path and scope but missing now, or a consent page without HubSpot, is gone
 * only when seen on that page after the user's own action there (a trusted click reported by the
 * guide in this tab, since the page last showed it) on a complete list. Otherwise nothing is
 * stored for it: a searched, paged or partly loaded list, My Apps (which hides apps), or a change
 * made elsewhere proves nothing, and the running plan's step says so (the API or the user's
 * confirmation decides). All records in one transaction. Host, tab and the page's tenant come
 * from the browser-stamped sender, never from the payload.
 */
export function createObservationSnapshotHandler(deps: SnapshotDeps): ObservationSnapshotHandler {
  const { store, now = () => new Date().toISOString(), actions = actionsOfTab } = deps;
  return async (snapshot, { sender }) => {
    const { kind, path, scope, listing } = snapshot;
    const host = sender.host;
    if (sender.kind !== 'content' || !host || !LIST_HOSTS[kind].includes(host)) throw new ForbiddenError(`${kind} is not read on ${host ?? 'this page'}`);
    const observedAt = now();
    const tenant = tenantOfPageUrl(host, sender.url);
    const ofKind = await store.getAllByIndex('observations', 'kind', kind);
    const samePage = (o: Observation) => o.host === host && o.path === path && o.value.scope === scope && o.tenant === tenant;
    const earlier = ofKind.filter(samePage);
    const lastSaid = latestByAddress(ofKind);
    const tabActions = sender.tabId === undefined ? [] : await actions(sender.tabId);
    const proven = (address: string) => listing === 'complete' && actedSince(tabActions, { kind, address, host }, lastShownAt(ofKind, kind, address, host), observedAt) !== undefined;
    const records: Observation[] = [];
    const unproven: UnprovenSighting[] = [];
    const sighting = (address: string, value: Observation['value']): Observation => ({ kind, address, host, path, ...(tenant ? { tenant } : {}), value: { ...value, scope }, observedAt });
    const unprovenWhy = (): UnprovenSighting['reason'] => (listing === 'complete' ? 'no-action' : listing);
    const listed = new Set(snapshot.items.map((item) => normalizeAddress(item.address)));
    for (const item of snapshot.items) {
      const address = normalizeAddress(item.address);
      const seen = sighting(address, item.value);
      if (isGone(kind, item.value) && !proven(address)) unproven.push({ ...seen, reason: unprovenWhy() });
      // A reload showing the same row touches its last record instead of adding one (observation-repeat.ts).
      else records.push(recordFor(lastSaid.get(address), seen));
    }
    // The owner's own address missing from the owner's complete Connected emails list: not connected in HubSpot.
    const owner = ownerNotConnected({ kind, scope, path, listing, listed, lastSaid: lastSaid.get(ownerOfScope(scope) ?? '') });
    if (owner) records.push(recordFor(lastSaid.get(owner), sighting(owner, { state: NOT_CONNECTED })));
    for (const [address, last] of latestByAddress(earlier)) {
      // A not-connected reading listed nothing that could now be missing.
      if (listed.has(address) || isGone(kind, last.value) || last.value.state === NOT_CONNECTED) continue;
      const gone = sighting(address, { ...identityOf(last.value), ...GONE[kind] });
      if (proven(address)) records.push(gone);
      else unproven.push({ ...gone, reason: unprovenWhy() });
    }
    await store.putMany('observations', records);
    // HubSpot's lists are where a mailbox's provider is named: Connected emails for personal
    // inboxes (no API lists them at all, so each listed one becomes a mailbox), an inbox's
    // Channels for team addresses (the channel-accounts API never names the provider). Stored
    // before the plans hear of the page, so a plan reaching its final check knows the provider.
    const mailboxKind = MAILBOX_KIND_OF[kind];
    if (mailboxKind) {
      for (const item of snapshot.items) {
        await store.upsertMailbox({ address: item.address, kind: mailboxKind, provider: namedProvider(item.value.provider) });
      }
    }
    await feedObservationsToPlans(records);
    await feedUnprovenToPlans(unproven);
    const gone = records.filter((record) => isGone(kind, record.value)).length;
    return { stored: records.length - gone, gone, unproven: unproven.length };
  };
}

export const observationSnapshot: ObservationSnapshotHandler = createObservationSnapshotHandler({ store: repo });
