/**
 * A full pass asks every HubSpot list for its endpoint's largest page, so it sends the fewest
 * requests the API allows (each counts against the 10-second limit): exactly as many as the
 * bench's least-requests count (bench/sync/least-requests.ts) for the same world.
 */
import { describe, expect, it } from 'vitest';
import { HUBSPOT_PAGE_MAX } from '../../lib/clients/hubspot/page-limits';
import { runSyncPass } from '../../lib/sync/pass';
import { hubspotListWalks, leastHubSpotRequests } from '../../bench/sync/least-requests';
import { demoScenario, testBed } from './helpers';

/** The demo portal plus 1,260 users (every 30th deactivated) and 640 team channels (every 9th archived). */
const wideWorld = () =>
  demoScenario((scenario) => {
    for (let index = 0; index < 1_260; index++) {
      scenario.users.push({ id: String(60_000_000 + index), email: `wide${index}@nordlicht.example`, ...(index % 30 === 29 ? { status: 'deactivated' as const } : {}) });
    }
    for (let index = 0; index < 640; index++) {
      scenario.teamChannels?.push({ id: String(960_000 + index), inboxId: scenario.inboxes?.[0]?.id ?? '147001', address: `wide-team${index}@nordlicht.example`, provider: 'google', ...(index % 9 === 4 ? { archived: true, active: false } : {}) });
    }
  });

const LIST_PATHS: Record<string, number> = {
  '/settings/v3/users/': HUBSPOT_PAGE_MAX.users,
  '/crm/v3/owners/': HUBSPOT_PAGE_MAX.owners,
  '/conversations/v3/conversations/inboxes': HUBSPOT_PAGE_MAX.inboxes,
  '/conversations/v3/conversations/channel-accounts': HUBSPOT_PAGE_MAX.channelAccounts,
};

describe('page sizes of a full HubSpot pass', () => {
  it('asks each list for its maximum page and sends no more requests than the page maxima need', async () => {
    const world = wideWorld();
    const bed = testBed(world);
    const result = await runSyncPass(bed.env({ jobOptions: {} }));
    expect(result.status?.state).toBe('idle');
    expect(await bed.repo.getAll('crmUsers')).toHaveLength(world.users.length);

    const api = bed.sandbox.world.requests.filter((request) => request.host === 'api.hubapi.com');
    for (const request of api) {
      const max = LIST_PATHS[request.path];
      if (max !== undefined) expect(new URLSearchParams(request.query).get('limit'), `${request.path}?${request.query}`).toBe(String(max));
    }
    // The world needs more than one page somewhere, or the count would prove nothing about paging.
    expect(hubspotListWalks(world).some((walk) => walk.pageMax !== undefined && walk.items > walk.pageMax)).toBe(true);
    // The test bed's client (./sandbox-hubspot-client.ts) has no account-activity calls, so its
    // pass runs no HubSpot history jobs; the bench's real client does (bench/sync-full.ts).
    expect(api).toHaveLength(leastHubSpotRequests(world, { activity: false }));
  });
});
