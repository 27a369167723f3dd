/**
 * A team inbox's HubSpot side honours the newest evidence: the channel account as the API last
 * listed it, or the inbox's Channels page as the guide last saw it. Without a HubSpot token a
 * team unlink plan's check reads only that page; a status that ignored it read "broken" (or
 * "linked") next to a finished plan, contradicting the page the user had just watched.
 */
import { IDBFactory } from 'fake-indexeddb';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import type { ChannelAccount, Mailbox, Observation, ProviderGrant } from '../../lib/model';
import type { UserAction } from '../../lib/background/user-actions';
import { createObservationSnapshotHandler, type SnapshotRequest } from '../../lib/background/handlers/observation-snapshot';
import type { ClassifiedSender } from '../../lib/messaging/sender';
import { observationSnapshotProtocol } from '../../lib/messaging/observation-snapshot-protocol';
import { readPlanInputs } from '../../lib/plans/inputs';
import { verdictOf } from '../../lib/status/mailbox-facts';
import { teamSideFrom } from '../../lib/status/team-side';
import { createRepo } from '../../lib/store/repo';
import { credentialId } from '../../lib/store/records';
import { PORTAL_ID, onPage, planBed, stepOf } from '../plans/helpers';

const TEAM = 'support@nordlicht.example';
const INBOX = '147001';
const SYNCED = '2026-11-01T00:00:00.000Z';
const CHANNELS_PATH = `/live-messages-settings/${PORTAL_ID}/inboxes/${INBOX}/channels`;

const account: ChannelAccount = {
  id: '908100', channelId: '1002', inboxId: INBOX, name: 'Support', address: TEAM, active: true, authorized: true,
  archived: false, createdAt: '2026-01-01T00:00:00.000Z', syncedAt: SYNCED,
};
const mailbox: Mailbox = { address: TEAM, provider: 'google', kind: 'team', firstSeenAt: SYNCED, updatedAt: SYNCED };
const grantPresent: ProviderGrant = { key: `google:${TEAM}:HubSpot`, address: TEAM, provider: 'google', app: 'HubSpot', scopes: [], state: 'present', evidence: { source: 'admin-api', at: SYNCED } };

/** The Channels page as the snapshot handler stores it: listed (archived false) or no longer listed. */
const page = (listed: boolean, observedAt: string, inboxId = INBOX): Observation => ({
  kind: 'crm-team-channel', address: TEAM, host: 'app.hubspot.com', path: CHANNELS_PATH,
  value: { inboxId, archived: !listed, scope: `portal:${PORTAL_ID}:inbox:${inboxId}` }, observedAt,
});

const verdict = (observations: Observation[], accounts: ChannelAccount[] = [account], grants: ProviderGrant[] = [grantPresent]) =>
  verdictOf({ mailbox, observations, channelAccounts: accounts, grants });

describe('team inbox whose provider is unknown (an IMAP or forwarded channel in a Workspace or Entra domain)', () => {
  // Found by tests/worlds property 2: an admin API listing no grant for the address of a working
  // IMAP team channel made it "broken"; the channel accounts API names no provider.
  const unknownProvider: Mailbox = { ...mailbox, provider: 'unknown' };
  const noGrant: ProviderGrant = { ...grantPresent, state: 'absent' };
  const judge = (accounts: ChannelAccount[]) => verdictOf({ mailbox: unknownProvider, observations: [], channelAccounts: accounts, grants: [noGrant] }).status;

  it('HubSpot\'s own health decides while the channel is connected; no grant and deleted in HubSpot is not linked', () => {
    expect(judge([account])).toBe('linked');
    expect(judge([{ ...account, authorized: false }])).toBe('broken');
    expect(judge([{ ...account, archived: true }])).toBe('not-linked');
    // A Google mailbox (its provider known) whose grant is gone still cannot work.
    expect(verdictOf({ mailbox, observations: [], channelAccounts: [account], grants: [noGrant] }).status).toBe('broken');
  });
});

describe('team inbox: Channels page against the channel account', () => {
  it('a page seen after the sync that no longer lists the address: HubSpot side not connected, evidence from the page', () => {
    expect(verdict([]).status).toBe('linked');
    const gone = page(false, '2026-11-02T09:00:00.000Z');
    expect(verdict([gone])).toMatchObject({ kind: 'team', status: 'half-unlinked', checkedAt: gone.observedAt });
    expect(verdict([gone], [account], [{ ...grantPresent, state: 'absent' }]).status).toBe('not-linked');
    expect(teamSideFrom([account], [gone])).toMatchObject({
      account, notListedOnPage: true, summary: { seen: true, connected: false },
      evidence: { source: 'observed', at: gone.observedAt, where: `app.hubspot.com${CHANNELS_PATH}` },
    });
  });

  it('an older page does not override a newer sync, whatever it said', () => {
    const resynced = { ...account, syncedAt: '2026-11-03T00:00:00.000Z' };
    const old = page(false, '2026-11-02T09:00:00.000Z');
    expect(verdict([old], [resynced]).status).toBe('linked');
    expect(teamSideFrom([resynced], [old])).toMatchObject({ evidence: { source: 'api', at: resynced.syncedAt } });
    expect(teamSideFrom([resynced], [old]).notListedOnPage).toBeUndefined();
  });

  it('the newest page decides: listed again after a "not listed" keeps the synced account', () => {
    const observations = [page(false, '2026-11-02T09:00:00.000Z'), page(true, '2026-11-02T10:00:00.000Z')];
    expect(verdict(observations).status).toBe('linked');
  });

  it('a listing row vouches for no health the API denied, and revives no account the API archived', () => {
    const listed = page(true, '2026-11-02T09:00:00.000Z');
    expect(verdict([listed], [{ ...account, authorized: false }]).status).toBe('broken');
    expect(verdict([listed], [{ ...account, archived: true }]).status).toBe('half-unlinked');
  });

  it('another inbox’s Channels page says nothing about this account', () => {
    expect(verdict([page(false, '2026-11-02T09:00:00.000Z', '147002')]).status).toBe('linked');
  });
});

describe('through the stored records', () => {
  it('the snapshot handler’s "no longer listed" record makes the stored team mailbox not connected', async () => {
    const repo = createRepo({ factory: new IDBFactory(), changes: { notifyChanged: () => undefined } });
    let tick = 0;
    const now = () => new Date(Date.UTC(2026, 10, 2, 12, 0, tick++)).toISOString();
    const acted: UserAction[] = [];
    const handle = createObservationSnapshotHandler({ store: repo, now, actions: async () => acted });
    const sender: ClassifiedSender = { kind: 'content', tabId: 3, host: 'app.hubspot.com', url: `https://app.hubspot.com${CHANNELS_PATH}` };
    const send = (request: Omit<SnapshotRequest, 'listing'>) => handle(v.parse(observationSnapshotProtocol['observation/snapshot'].request, { ...request, listing: 'complete' }), { sender });
    const scope = `portal:${PORTAL_ID}:inbox:${INBOX}`;
    await repo.putMany('channelAccounts', [account]);
    await send({ kind: 'crm-team-channel', path: CHANNELS_PATH, scope, items: [{ address: TEAM, value: { inboxId: INBOX, archived: false, provider: 'google' } }] });
    const facts = async () => ({ mailbox: await repo.get('mailboxes', TEAM), observations: await repo.getAllByIndex('observations', 'address', TEAM), channelAccounts: [account], grants: [] });
    expect(verdictOf(await facts()).status).toBe('linked');
    // The user deleted the channel on that page (the guide reports the press).
    acted.push({ kind: 'crm-team-channel', address: TEAM, host: 'app.hubspot.com', at: now() });
    expect(await send({ kind: 'crm-team-channel', path: CHANNELS_PATH, scope, items: [] })).toEqual({ stored: 0, gone: 1, unproven: 0 });
    // HubSpot's side is gone; Google's grant was never seen here, so that side is still open.
    expect(verdictOf(await facts())).toMatchObject({ kind: 'team', status: 'half-unlinked' });
  });

  it('a tokenless team unlink plan finished on the Channels page leaves the mailbox not-linked, not broken', async () => {
    const bed = planBed();
    await bed.seed(TEAM);
    const plan = await bed.start(TEAM);
    // A sales rep without API access: the plan's check can only read the Channels page.
    await bed.repo.remove('credentials', credentialId('hubspot'));
    await bed.observe({ kind: 'provider-grant', address: TEAM, value: { present: false }, observedAt: new Date(Date.now() + 500).toISOString() });
    const seen = { kind: 'crm-team-channel' as const, address: TEAM, value: { archived: true, inboxId: INBOX }, observedAt: new Date(Date.now() + 1000).toISOString() };
    await bed.observe({ ...seen, path: CHANNELS_PATH });
    const [result] = await bed.runner.observe(onPage({ ...seen, path: CHANNELS_PATH }));
    expect(result?.plan?.id).toBe(plan.id);
    expect(stepOf(result?.plan, 'delete-team-channel/verify')).toMatchObject({ state: 'done', completedBy: 'observed' });
    const { facts } = await readPlanInputs(bed.access, TEAM);
    // The stored account stays as synced (only the API writes there)...
    expect(facts.channelAccounts).toEqual([expect.not.objectContaining({ goneAt: expect.anything() })]);
    // ...and the status follows the newer page.
    expect(verdictOf(facts).status).toBe('not-linked');
  });
});
