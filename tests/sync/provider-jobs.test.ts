import { describe, expect, it } from 'vitest';
import { clientsFor } from '../../lib/sync/environment';
import { planJobs } from '../../lib/sync/jobs/index';
import { runSyncPass } from '../../lib/sync/pass';
import type { SyncClients } from '../../lib/sync/clients';
import { createSandboxHubSpotClient } from './sandbox-hubspot-client';
import { DEMO_TOKEN, testBed } from './helpers';
import { createGoogleClient } from '../../lib/clients/google/client';
import { createGraphClient } from '../../lib/clients/microsoft/client';
import { issueGoogleAccessToken } from '../../sandbox/hosts/google/token-store';
import { rememberToken } from '../../sandbox/hosts/microsoft/token-store';
import { userObjectId } from '../../sandbox/hosts/microsoft/ids';
import type { TestBed } from './helpers';

const ADMIN_GOOGLE = 'katrin.sommer@nordlicht.example';
const ADMIN_ENTRA = 'oliver.bennett@nordlicht-nordic.example';

/** Admin tokens minted straight into the sandbox's token stores (the OAuth flows are tested elsewhere). */
function adminTokens(bed: TestBed): { google: string; microsoft: string } {
  const world = bed.sandbox.world;
  const google = issueGoogleAccessToken(world, {
    email: ADMIN_GOOGLE,
    clientId: 'inboxlink-test',
    scopes: ['https://www.googleapis.com/auth/admin.directory.user.security'],
  }).value;
  const tenantId = world.scenario.directories?.entraTenants?.[0]?.tenantId ?? '';
  const microsoft = rememberToken(world, {
    value: 'graph-admin-token',
    kind: 'access',
    expiresAt: null,
    revoked: false,
    address: ADMIN_ENTRA,
    tenantId,
    objectId: userObjectId(ADMIN_ENTRA),
    clientId: 'inboxlink-test',
    scopes: ['Directory.Read.All'],
  }).value;
  return { google, microsoft };
}

function providerBed() {
  const bed = testBed();
  const tokens = adminTokens(bed);
  const fetch = (input: RequestInfo | URL, init?: RequestInit) => bed.sandbox.handle(new Request(input, init));
  const clients = async (): Promise<SyncClients> => ({
    hubspot: createSandboxHubSpotClient({ fetch: bed.sandboxFetch, token: DEMO_TOKEN }),
    google: new Map([[ADMIN_GOOGLE, createGoogleClient({ getToken: () => tokens.google, fetch })]]),
    microsoft: new Map([[ADMIN_ENTRA, createGraphClient({ getToken: () => tokens.microsoft, fetch })]]),
  });
  const googleCalls = () => bed.requests('/admin/directory/v1/users/').map((r) => decodeURIComponent(r.path.split('/')[5] ?? ''));
  return { bed, env: bed.env({ clients }), googleCalls, fetch, tokens };
}

describe('provider grant jobs', () => {
  it('google:tokens checks every known address of the admin domain: present for HubSpot, absent otherwise', async () => {
    const { bed, env, googleCalls } = providerBed();
    expect((await runSyncPass(env)).status?.state).toBe('idle');
    const calls = googleCalls();
    const google = (await bed.repo.getAll('grants')).filter((g) => g.provider === 'google');
    const present = google.filter((g) => g.state === 'present').map((g) => g.address).sort();
    const expected = (bed.sandbox.world.scenario.providerGrants ?? [])
      .filter((g) => g.provider === 'google' && g.app === 'HubSpot' && g.address.endsWith('@nordlicht.example'))
      .map((g) => g.address)
      .sort();
    expect(present).toEqual(expected);
    // Jörg also granted Zoom: ignored, his record is HubSpot's.
    expect(google.find((g) => g.address === 'joerg.mueller@nordlicht.example')).toMatchObject({ app: 'HubSpot', clientId: expect.stringContaining('hubspot') });
    expect(google.every((g) => g.address.endsWith('@nordlicht.example') && g.evidence.source === 'admin-api')).toBe(true);
    expect(google.filter((g) => g.state === 'absent').length).toBeGreaterThan(0);
    expect(calls.length).toBeGreaterThan(10);
    expect(calls.every((a) => a.endsWith('@nordlicht.example'))).toBe(true);
    expect(new Set(calls).size).toBe(calls.length);

    // The grant is revoked at Google: the next pass says absent.
    const scenario = bed.sandbox.world.scenario;
    scenario.providerGrants = scenario.providerGrants?.filter((g) => !(g.address === 'joerg.mueller@nordlicht.example' && g.app === 'HubSpot'));
    await runSyncPass(env);
    expect(await bed.repo.get('grants', 'google:joerg.mueller@nordlicht.example:HubSpot')).toMatchObject({ state: 'absent', scopes: [] });
  });

  it('microsoft:grants stores each principal grant of the HubSpot service principal; a revoked one becomes absent', async () => {
    const { bed, env } = providerBed();
    await runSyncPass(env);
    const microsoft = (await bed.repo.getAll('grants')).filter((g) => g.provider === 'microsoft365' && g.state === 'present');
    const expected = (bed.sandbox.world.scenario.providerGrants ?? []).filter((g) => g.provider === 'microsoft365').map((g) => g.address).sort();
    expect(microsoft.map((g) => g.address).sort()).toEqual(expected);
    for (const grant of microsoft) {
      expect(grant).toMatchObject({ state: 'present', app: 'HubSpot Sales', grantId: expect.any(String), scopes: expect.arrayContaining(['Mail.ReadWrite']) });
    }

    const scenario = bed.sandbox.world.scenario;
    scenario.providerGrants = scenario.providerGrants?.filter((g) => g.address !== 'sara.nilsson@nordlicht-nordic.example');
    await runSyncPass(env);
    expect(await bed.repo.get('grants', 'microsoft365:sara.nilsson@nordlicht-nordic.example:HubSpot')).toMatchObject({ state: 'absent' });
    const stillPresent = (await bed.repo.getAll('grants')).filter((g) => g.provider === 'microsoft365' && g.state === 'present');
    expect(stillPresent).toHaveLength(expected.length - 1);
  });

  it('microsoft:grants stores a known tenant address with no HubSpot grant as absent: Graph\'s listing is complete', async () => {
    // Found by tests/worlds (property 2): a team channel deleted in HubSpot whose address never
    // granted HubSpot anything in Entra read "half-unlinked" (still open at Microsoft) for ever.
    const { bed, env } = providerBed();
    const scenario = bed.sandbox.world.scenario;
    scenario.inboxes = [...(scenario.inboxes ?? []), { id: '147009', name: 'Alt' }];
    scenario.teamChannels = [...(scenario.teamChannels ?? []), { id: '908199', inboxId: '147009', address: 'Alt.Team@nordlicht-nordic.example', provider: 'microsoft365', archived: true }];
    await runSyncPass(env);
    const tenantGrant = (address: string) => bed.repo.get('grants', `microsoft365:${address}:HubSpot`);
    // Sven is a HubSpot user in the tenant who never connected his mailbox.
    expect(await tenantGrant('sven.olsen@nordlicht-nordic.example')).toMatchObject({ state: 'absent', evidence: { source: 'admin-api' } });
    expect(await tenantGrant('alt.team@nordlicht-nordic.example')).toMatchObject({ state: 'absent' });
    expect(await tenantGrant('lars.andersson@nordlicht-nordic.example')).toMatchObject({ state: 'present' });
    // Only addresses Inboxlink knows, and only the tenant's.
    const microsoft = (await bed.repo.getAll('grants')).filter((g) => g.provider === 'microsoft365');
    expect(microsoft.every((g) => g.address.endsWith('@nordlicht-nordic.example'))).toBe(true);
  });

  it('microsoft:grants stores nobody absent while HubSpot holds admin consent for the whole tenant', async () => {
    const { bed, env } = providerBed();
    const scenario = bed.sandbox.world.scenario;
    const sales = scenario.providerGrants?.find((g) => g.provider === 'microsoft365');
    scenario.providerGrants = [...(scenario.providerGrants ?? []), { ...sales!, address: 'sven.olsen@nordlicht-nordic.example', consentType: 'AllPrincipals' }];
    await runSyncPass(env);
    expect(await bed.repo.get('grants', 'microsoft365:sven.olsen@nordlicht-nordic.example:HubSpot')).toBeUndefined();
    expect((await bed.repo.getAll('grants')).filter((g) => g.provider === 'microsoft365' && g.state === 'absent')).toEqual([]);
  });

  it('provider jobs run only for providers with a credential', async () => {
    const { bed, fetch, tokens } = providerBed();
    const savedAt = new Date().toISOString();
    await bed.repo.putMany('credentials', [
      { id: 'hubspot', provider: 'hubspot', kind: 'static-token', accessToken: 'h', scopes: [], savedAt },
      { id: `google:${ADMIN_GOOGLE}`, provider: 'google', kind: 'oauth', accessToken: 'g', scopes: [], account: ADMIN_GOOGLE, savedAt },
    ]);
    const made: string[] = [];
    let hubspotToken: (() => Promise<string>) | undefined;
    const clients = clientsFor(bed.access, await bed.repo.getAll('credentials'), {
      hubspot: (getToken) => (made.push('hubspot'), (hubspotToken = getToken), createSandboxHubSpotClient({ fetch: bed.sandboxFetch, token: DEMO_TOKEN })),
      google: () => (made.push('google'), createGoogleClient({ getToken: () => tokens.google, fetch })),
      microsoft: () => (made.push('microsoft'), createGraphClient({ getToken: () => tokens.microsoft, fetch })),
    });
    expect(made.sort()).toEqual(['google', 'hubspot']);
    // The token is read from the store on each call, so a refreshed one is used.
    expect(await hubspotToken?.()).toBe('h');
    await bed.repo.putMany('credentials', [{ id: 'hubspot', provider: 'hubspot', kind: 'static-token', accessToken: 'h2', scopes: [], savedAt }]);
    expect(await hubspotToken?.()).toBe('h2');
    const names = planJobs(clients).map((job) => job.name);
    expect(names).toContain(`google:tokens:${ADMIN_GOOGLE}`);
    expect(names.some((name) => name.startsWith('microsoft:'))).toBe(false);
    expect(planJobs({}).map((job) => job.name)).toEqual([]);
  });
});
