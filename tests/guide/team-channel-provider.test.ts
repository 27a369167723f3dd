// @vitest-environment happy-dom
/**
 * A team address on a company domain: the channel-accounts sync cannot say who hosts it, so its
 * unlink plan has no provider step until HubSpot's Channels page, whose provider column names it,
 * has been seen. Sandbox page → guide reader → observation/snapshot handler → mailbox → plan.
 */
import { IDBFactory } from 'fake-indexeddb';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { createObservationSnapshotHandler } from '../../lib/background/handlers/observation-snapshot';
import { readerFor } from '../../lib/guide/page-readers';
import { observationSnapshotProtocol } from '../../lib/messaging/observation-snapshot-protocol';
import type { ClassifiedSender } from '../../lib/messaging/sender';
import { composePlan } from '../../lib/plans/compose';
import { channelAccountsJob } from '../../lib/sync/jobs/hubspot-channel-accounts';
import type { PublicChannelAccount } from '../../lib/sync/clients';
import { createRepo, type Repo } from '../../lib/store/repo';
import { demoWorld, sandboxDocument } from './sandbox-pages';

const PORTAL = 4480123;
const TEAM = 'saljare@nordlicht-nordic.example';
const CHANNELS = new URL(`https://app.hubspot.com/live-messages-settings/${PORTAL}/inboxes/147002/channels`);
const sender: ClassifiedSender = { kind: 'content', tabId: 5, host: CHANNELS.hostname, url: CHANNELS.href };
const syncedAt = '2026-11-01T10:00:00.000Z';

/** What the channel-accounts sync stores for the demo's Office 365 team channel. */
async function syncTeamChannel(repo: Repo): Promise<void> {
  const account: PublicChannelAccount = {
    id: '908101', channelId: '1002', inboxId: '147002', name: 'Säljare Norden', active: true, authorized: true, archived: false,
    createdAt: '2025-05-05T12:00:00Z', deliveryIdentifier: { type: 'HS_EMAIL_ADDRESS', value: TEAM },
  };
  const records = channelAccountsJob().toRecords([account], { syncedAt, lookup: undefined });
  await repo.putMany('channelAccounts', records.channelAccounts ?? []);
  for (const mailbox of records.mailboxes ?? []) await repo.upsertMailbox(mailbox);
}

async function planOf(repo: Repo) {
  const [mailbox, observations, channelAccounts, grants] = await Promise.all([
    repo.get('mailboxes', TEAM),
    repo.getAllByIndex('observations', 'address', TEAM),
    repo.getAllByIndex('channelAccounts', 'address', TEAM),
    repo.getAllByIndex('grants', 'address', TEAM),
  ]);
  return composePlan({ address: TEAM, mailbox, observations, channelAccounts, grants }, {}, { id: PORTAL, uiHost: 'app.hubspot.com' });
}

describe('a team channel\'s provider, from HubSpot\'s Channels page', () => {
  it('is unknown after the sync alone, and named once the Channels page was read: the plan gains the provider step', async () => {
    const repo = createRepo({ factory: new IDBFactory(), changes: { notifyChanged: () => undefined } });
    await syncTeamChannel(repo);
    expect(await repo.get('mailboxes', TEAM)).toMatchObject({ kind: 'team', provider: 'unknown' });
    const before = await planOf(repo);
    expect(before.flows).toEqual(['delete-team-channel', 'final-check']);
    expect(before.notes).toEqual(['provider-unknown']);

    const snapshot = readerFor(CHANNELS)?.read(await sandboxDocument(demoWorld('sv'), CHANNELS.href), CHANNELS);
    if (!snapshot || snapshot === 'skip') throw new Error('the Channels page was not read');
    const handle = createObservationSnapshotHandler({ store: repo, now: () => '2026-11-01T11:00:00.000Z' });
    await handle(v.parse(observationSnapshotProtocol['observation/snapshot'].request, snapshot), { sender });

    expect(await repo.get('mailboxes', TEAM)).toMatchObject({ kind: 'team', provider: 'microsoft365' });
    const after = await planOf(repo);
    expect(after.flows).toEqual(['delete-team-channel', 'revoke-microsoft-user', 'final-check']);
    expect(after.notes).toEqual([]);
  });

  it('a provider the extension does not know, sent as if from the page, leaves the stored one', async () => {
    const repo = createRepo({ factory: new IDBFactory(), changes: { notifyChanged: () => undefined } });
    await syncTeamChannel(repo);
    const handle = createObservationSnapshotHandler({ store: repo, now: () => '2026-11-01T11:00:00.000Z' });
    const items = [{ address: TEAM, value: { inboxId: '147002', archived: false, provider: 'carrier-pigeon' } }];
    await handle(v.parse(observationSnapshotProtocol['observation/snapshot'].request, { kind: 'crm-team-channel', path: CHANNELS.pathname, scope: `portal:${PORTAL}:inbox:147002`, items }), { sender });
    expect(await repo.get('mailboxes', TEAM)).toMatchObject({ kind: 'team', provider: 'unknown' });
  });
});
