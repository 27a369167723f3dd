/**
 * HubSpot's apps are recognised by identity, not by name (lib/hubspot-apps): an app a user
 * registered in the customer's own Entra tenant under the name "HubSpot" does not hide HubSpot's
 * real grants, and a Google app merely named like HubSpot ("HubSpot Helper", "Sync to HubSpot")
 * is neither listed as HubSpot's nor deleted by a plan.
 */
import { describe, expect, it } from 'vitest';
import { entraVerdict, googleVerdict } from '../../lib/hubspot-apps/identity';
import { createGoogleClient } from '../../lib/clients/google/client';
import { createGraphClient } from '../../lib/clients/microsoft/client';
import { runSyncPass } from '../../lib/sync/pass';
import type { SyncClients } from '../../lib/sync/clients';
import { issueGoogleAccessToken } from '../../sandbox/hosts/google/token-store';
import { rememberToken } from '../../sandbox/hosts/microsoft/token-store';
import { userObjectId } from '../../sandbox/hosts/microsoft/ids';
import { DEMO_CONFIRMED_APPS, planBed, stepOf } from '../plans/helpers';
import { createSandboxHubSpotClient } from './sandbox-hubspot-client';
import { DEMO_TOKEN, testBed } from './helpers';
import { demoScenario } from '../clients/harness';
import type { Scenario } from '../../sandbox/core/scenario';

const ADMIN_GOOGLE = 'katrin.sommer@nordlicht.example';
const ADMIN_ENTRA = 'oliver.bennett@nordlicht-nordic.example';
const TENANT = 'b2c4e6a8-1d3f-4a5b-9c7e-0f1a2b3c4d5e';
const HUBSPOT_GOOGLE = '440123456789-hubspotinbox0sales.apps.googleusercontent.com';
const HELPER_GOOGLE = '998877665544-hubspothelper0app.apps.googleusercontent.com';

describe('the identity rule', () => {
  it('Entra: a known or confirmed id; else a multi-tenant app of another organisation, named like HubSpot\'s, published by HubSpot where verified', () => {
    const app = { appId: 'a1', displayName: 'HubSpot Sales', appOwnerOrganizationId: 'vendor-tenant', verifiedPublisher: null };
    expect(entraVerdict(app, TENANT)).toBe('candidate');
    expect(entraVerdict({ ...app, appOwnerOrganizationId: TENANT.toUpperCase() }, TENANT)).toBe('not-hubspot');
    expect(entraVerdict({ ...app, appOwnerOrganizationId: null }, TENANT)).toBe('not-hubspot');
    expect(entraVerdict({ ...app, verifiedPublisher: { displayName: 'Contoso Apps' } }, TENANT)).toBe('not-hubspot');
    expect(entraVerdict({ ...app, verifiedPublisher: { displayName: 'HubSpot, Inc.' } }, TENANT)).toBe('candidate');
    expect(entraVerdict({ ...app, displayName: 'HubSpot Helper' }, TENANT)).toBe('not-hubspot');
    expect(entraVerdict({ ...app, displayName: 'Renamed' }, TENANT, { [`entra:${TENANT}`]: ['a1'] })).toBe('confirmed');
    // Confirmed in another tenant says nothing here.
    expect(entraVerdict(app, TENANT, { 'entra:other': ['a1'] })).toBe('candidate');
  });

  it('Google: a known or confirmed client id; else a registered web client named like HubSpot\'s, not of the customer\'s own project', () => {
    const token = { clientId: HUBSPOT_GOOGLE, displayText: 'HubSpot' };
    expect(googleVerdict(token, 'nordlicht.example')).toBe('candidate');
    expect(googleVerdict({ ...token, displayText: 'HubSpot Helper' }, 'nordlicht.example')).toBe('not-hubspot');
    expect(googleVerdict({ ...token, displayText: 'Sync to HubSpot' }, 'nordlicht.example')).toBe('not-hubspot');
    expect(googleVerdict({ ...token, anonymous: true }, 'nordlicht.example')).toBe('not-hubspot');
    expect(googleVerdict({ ...token, nativeApp: true }, 'nordlicht.example')).toBe('not-hubspot');
    expect(googleVerdict({ ...token, clientId: 'hubspot' }, 'nordlicht.example')).toBe('not-hubspot');
    expect(googleVerdict(token, 'nordlicht.example', {}, ['440123456789'])).toBe('not-hubspot');
    expect(googleVerdict({ ...token, displayText: 'Old name' }, 'Nordlicht.example', { 'google:nordlicht.example': [HUBSPOT_GOOGLE] })).toBe('confirmed');
  });
});

/** A sync bed over the demo world (edited) with the admins' tokens minted in the sandbox. */
function syncBed(edit: (scenario: Scenario) => void) {
  const scenario = demoScenario();
  edit(scenario);
  const bed = testBed(scenario);
  const world = bed.sandbox.world;
  const google = issueGoogleAccessToken(world, { email: ADMIN_GOOGLE, clientId: 'inboxlink-test', scopes: ['https://www.googleapis.com/auth/admin.directory.user.security'] }).value;
  const microsoft = rememberToken(world, {
    value: 'graph-admin-token', kind: 'access', expiresAt: null, revoked: false, address: ADMIN_ENTRA, tenantId: TENANT,
    objectId: userObjectId(ADMIN_ENTRA), clientId: 'inboxlink-test', scopes: ['Directory.Read.All'],
  }).value;
  const fetch = (input: RequestInfo | URL, init?: RequestInit) => bed.sandbox.handle(new Request(input, init));
  const clients = async (): Promise<SyncClients> => ({
    hubspot: createSandboxHubSpotClient({ fetch: bed.sandboxFetch, token: DEMO_TOKEN }),
    google: new Map([[ADMIN_GOOGLE, createGoogleClient({ getToken: () => google, fetch })]]),
    microsoft: new Map([[ADMIN_ENTRA, createGraphClient({ getToken: () => microsoft, fetch })]]),
  });
  return { bed, env: bed.env({ clients }) };
}

describe('the sync', () => {
  it('an Entra tenant with a user-registered app named "HubSpot" still finds HubSpot\'s real grants', async () => {
    const { bed, env } = syncBed((scenario) => {
      const tenant = scenario.directories?.entraTenants?.[0];
      // Registered by a user in the customer's own tenant: same name, own organisation, no grants.
      tenant?.servicePrincipals?.unshift({ id: 'f0000000-0000-4000-8000-00000000aaaa', appId: 'f0000000-0000-4000-8000-00000000bbbb', displayName: 'HubSpot', appOwnerOrganizationId: TENANT });
    });
    await runSyncPass(env);
    const microsoft = (await bed.repo.getAll('grants')).filter((g) => g.provider === 'microsoft365' && g.state === 'present');
    const expected = (bed.sandbox.world.scenario.providerGrants ?? []).filter((g) => g.provider === 'microsoft365').map((g) => g.address).sort();
    expect(microsoft.map((g) => g.address).sort()).toEqual(expected);
    expect(microsoft.every((g) => g.app === 'HubSpot Sales' && g.identity === 'candidate' && g.clientId === '7e1a9c44-2b3d-4f5e-8a6b-0c1d2e3f4a5b')).toBe(true);
  });

  it('takes only HubSpot\'s Google token as HubSpot\'s, never "HubSpot Helper"', async () => {
    const { bed, env } = syncBed((scenario) => {
      scenario.providerGrants = scenario.providerGrants?.filter((g) => g.address !== 'greta.bauer@nordlicht.example');
      scenario.providerGrants?.push({ address: 'greta.bauer@nordlicht.example', provider: 'google', app: 'HubSpot Helper', clientId: HELPER_GOOGLE, scopes: ['https://mail.google.com/'] });
    });
    await runSyncPass(env);
    expect(await bed.repo.get('grants', 'google:greta.bauer@nordlicht.example:HubSpot')).toMatchObject({ state: 'absent' });
    expect(await bed.repo.get('grants', 'google:katrin.sommer@nordlicht.example:HubSpot')).toMatchObject({ state: 'present', clientId: HUBSPOT_GOOGLE, identity: 'candidate' });
  });
});

describe('a Workspace revoke plan', () => {
  const ADDRESS = 'greta.bauer@nordlicht.example';

  it('deletes HubSpot\'s token and keeps "HubSpot Helper"\'s', async () => {
    const scenario = demoScenario();
    scenario.providerGrants?.push({ address: ADDRESS, provider: 'google', app: 'HubSpot Helper', clientId: HELPER_GOOGLE, scopes: ['https://mail.google.com/'] });
    const bed = planBed(scenario);
    await bed.seed(ADDRESS);
    await bed.observe({ kind: 'crm-personal-inbox', address: ADDRESS, value: { state: 'removed' }, observedAt: new Date().toISOString() });
    const plan = await bed.start(ADDRESS);
    const revoke = 'revoke-google-workspace/revoke';
    expect(stepOf(plan, revoke).state).toBe('active');
    const ran = await bed.runner.advance(plan.id, { type: 'run-api', stepId: revoke, confirmed: true });
    expect(stepOf(ran.plan, revoke)).toMatchObject({ state: 'done', completedBy: 'api' });
    const deletes = bed.requests('DELETE', '/tokens/');
    expect(deletes.map((r) => decodeURIComponent(r.path.split('/').at(-1) ?? ''))).toEqual([HUBSPOT_GOOGLE]);
    expect(bed.sandbox.world.scenario.providerGrants?.filter((g) => g.address === ADDRESS).map((g) => g.app)).toEqual(['HubSpot Helper']);
  });

  it('deletes a candidate only once the admin approved it in the dialog, and keeps that approval for the domain', async () => {
    const bed = planBed(undefined, { confirmedApps: false });
    await bed.seed(ADDRESS);
    await bed.observe({ kind: 'crm-personal-inbox', address: ADDRESS, value: { state: 'removed' }, observedAt: new Date().toISOString() });
    const plan = await bed.start(ADDRESS);
    const revoke = 'revoke-google-workspace/revoke';
    const listed = await bed.runner.stepApps(plan.id, revoke);
    expect(listed).toEqual({ directory: 'google:nordlicht.example', apps: [expect.objectContaining({ id: HUBSPOT_GOOGLE, name: 'HubSpot', identity: 'candidate' })] });

    // Confirmed without approving the app: nothing is deleted, the step says an app is unconfirmed.
    const unapproved = await bed.runner.advance(plan.id, { type: 'run-api', stepId: revoke, confirmed: true });
    expect(bed.requests('DELETE', '/tokens/')).toHaveLength(0);
    expect(stepOf(unapproved.plan, revoke)).toMatchObject({ state: 'failed', note: { code: 'app-unconfirmed' } });

    const approved = await bed.runner.advance(plan.id, { type: 'run-api', stepId: revoke, confirmed: true, apps: [HUBSPOT_GOOGLE] });
    expect(stepOf(approved.plan, revoke)).toMatchObject({ state: 'done', completedBy: 'api' });
    expect(bed.requests('DELETE', '/tokens/')).toHaveLength(1);
    expect(await bed.repo.getMeta('hubspotApps')).toEqual({ 'google:nordlicht.example': [HUBSPOT_GOOGLE] });
    expect((await bed.repo.getAll('audit')).some((e) => e.action === 'hubspot-app.confirm' && e.detail?.includes(HUBSPOT_GOOGLE))).toBe(true);
    expect(DEMO_CONFIRMED_APPS['google:nordlicht.example']).toContain(HUBSPOT_GOOGLE);
  });
});
