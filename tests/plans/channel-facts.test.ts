/**
 * A team channel the plan verified deleted through HubSpot's channel-accounts API reaches the
 * status: the stored channel account is marked no longer live (`goneAt`, as a sync's sweep marks
 * it), so the mailbox no longer reads "broken" with HubSpot's side "active, authorized" next to a
 * finished plan. A listing that still names the account leaves it live; the user's word alone
 * writes nothing.
 */
import { describe, expect, it } from 'vitest';
import type { ChannelAccount } from '../../lib/model';
import { accountAfterListing } from '../../lib/plans/channel-facts';
import { readPlanInputs } from '../../lib/plans/inputs';
import { verdictOf } from '../../lib/status/mailbox-facts';
import { PORTAL_ID, onPage, planBed, stepOf, type PlanBed } from './helpers';

const TEAM = 'support@nordlicht.example';
const CHANNEL_ACCOUNT = '908100';
const INBOX = '147001';
const later = (ms = 1000) => new Date(Date.now() + ms).toISOString();

async function deleteOnHubSpotsPage(bed: PlanBed, channelId: string) {
  const response = await bed.sandbox.handle(new Request(`https://app.hubspot.com/_sandbox/hubspot-app/${PORTAL_ID}/channel/delete`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ channelId }),
  }));
  expect(response.status).toBe(200);
}

async function statusOf(bed: PlanBed) {
  const { facts } = await readPlanInputs(bed.access, TEAM);
  return { status: verdictOf(facts).status, accounts: facts.channelAccounts };
}

/** Google's connections page seen without HubSpot: the provider side is gone, as in the e2e flow. */
async function providerAccessGone(bed: PlanBed) {
  await bed.observe({ kind: 'provider-grant', address: TEAM, value: { present: false }, observedAt: later(500) });
}

describe('a channel verified gone through the API updates the stored channel account', () => {
  it('deleted and verified: the account is marked gone at the check, and the mailbox reads not-linked, not broken', async () => {
    const bed = planBed();
    await bed.seed(TEAM);
    await bed.start(TEAM);
    await providerAccessGone(bed);
    expect((await statusOf(bed)).status).toBe('broken');

    await deleteOnHubSpotsPage(bed, CHANNEL_ACCOUNT);
    const seen = { kind: 'crm-team-channel' as const, address: TEAM, value: { archived: true, inboxId: INBOX }, observedAt: later() };
    await bed.observe(seen);
    const [result] = await bed.runner.observe(onPage(seen));
    const verify = stepOf(result?.plan, 'delete-team-channel/verify');
    expect(verify).toMatchObject({ state: 'done', completedBy: 'api' });

    const after = await statusOf(bed);
    expect(after.status).toBe('not-linked');
    expect(after.accounts).toEqual([expect.objectContaining({ id: CHANNEL_ACCOUNT, goneAt: expect.any(String), syncedAt: '2026-11-01T00:00:00.000Z' })]);
    // Stamped when the listing answered: before the verify step was written done.
    expect(after.accounts[0]!.goneAt! <= verify.resultAt!).toBe(true);
  });

  it('a confirmation HubSpot contradicts: the live account stays as synced; once deleted, a resume marks it gone', async () => {
    const bed = planBed();
    await bed.seed(TEAM);
    const plan = await bed.start(TEAM);
    const confirmed = await bed.runner.advance(plan.id, { type: 'confirmed', stepId: 'delete-team-channel/delete' });
    expect(stepOf(confirmed.plan, 'delete-team-channel/verify')).toMatchObject({ state: 'failed', error: 'still-present' });
    const still = await statusOf(bed);
    expect(still.status).toBe('linked');
    expect(still.accounts[0]).not.toHaveProperty('goneAt');

    await deleteOnHubSpotsPage(bed, CHANNEL_ACCOUNT);
    await bed.runner.advance(plan.id, { type: 'resume' });
    expect((await statusOf(bed)).accounts[0]).toHaveProperty('goneAt');
  });
});

describe('accountAfterListing', () => {
  const at = '2026-12-02T10:00:00.000Z';
  const account: ChannelAccount = {
    id: CHANNEL_ACCOUNT, channelId: '1002', inboxId: INBOX, name: 'Support', address: TEAM, active: true, authorized: true,
    archived: false, createdAt: '2026-01-01T00:00:00.000Z', syncedAt: '2026-11-01T00:00:00.000Z',
  };

  it('a listing read to its end without the account marks it gone, keeping what the sync knew', () => {
    expect(accountAfterListing(account, { inboxId: INBOX, liveIds: [] }, 'gone', at)).toEqual({ ...account, goneAt: at });
  });

  it('leaves alone what the listing did not cover or what already says so', () => {
    expect(accountAfterListing({ ...account, inboxId: '147002' }, { inboxId: INBOX, liveIds: [] }, 'gone', at)).toBeUndefined();
    expect(accountAfterListing({ ...account, channelId: '1000' }, { liveIds: [] }, 'gone', at)).toBeUndefined();
    expect(accountAfterListing({ ...account, archived: true }, { liveIds: [] }, 'gone', at)).toBeUndefined();
    expect(accountAfterListing({ ...account, goneAt: '2026-11-05T00:00:00.000Z' }, { liveIds: [] }, 'gone', at)).toBeUndefined();
    // A 'present' answer stops at the first live account: it says nothing about the others.
    expect(accountAfterListing(account, { liveIds: ['other'] }, 'present', at)).toBeUndefined();
  });

  it('an account the API lists as live again is no longer marked gone', () => {
    expect(accountAfterListing({ ...account, goneAt: '2026-11-05T00:00:00.000Z' }, { liveIds: [CHANNEL_ACCOUNT] }, 'present', at)).toEqual(account);
    expect(accountAfterListing(account, { liveIds: [CHANNEL_ACCOUNT] }, 'present', at)).toBeUndefined();
  });
});
