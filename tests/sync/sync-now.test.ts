/**
 * "Sync now" while a pass is running: the click asks for the data as it is now. A pass an admin's
 * sign-in started may be past HubSpot's lists and waiting on the Entra grant listing; joining it
 * read nothing new (and nothing at all while that call hung). The click's pass replaces it.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createGraphClient } from '../../lib/clients/microsoft/client';
import { runPassNow, runScheduledPass } from '../../lib/sync/schedule';
import type { SyncClients } from '../../lib/sync/clients';
import { rememberToken } from '../../sandbox/hosts/microsoft/token-store';
import { userObjectId } from '../../sandbox/hosts/microsoft/ids';
import { createSandboxHubSpotClient } from './sandbox-hubspot-client';
import { DEMO_TOKEN, testBed, until, type TestBed } from './helpers';

const ADMIN = 'oliver.bennett@nordlicht-nordic.example';
const GRANTS_PATH = '/v1.0/oauth2PermissionGrants';

beforeEach(() => {
  fakeBrowser.reset();
});

function graphToken(bed: TestBed): string {
  const world = bed.sandbox.world;
  return rememberToken(world, {
    value: 'graph-admin-token', kind: 'access', expiresAt: null, revoked: false, address: ADMIN,
    tenantId: world.scenario.directories?.entraTenants?.[0]?.tenantId ?? '', objectId: userObjectId(ADMIN),
    clientId: 'inboxlink-test', scopes: ['Directory.Read.All'],
  }).value;
}

/** HubSpot and an Entra admin; the first grant listing is held until `release()`. */
function heldGrantsBed() {
  const bed = testBed();
  const token = graphToken(bed);
  let held = false;
  let release = () => undefined as void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    if (new URL(request.url).pathname === GRANTS_PATH && !held) {
      held = true;
      await gate;
    }
    return bed.sandbox.handle(request);
  };
  const clients = async (): Promise<SyncClients> => ({
    hubspot: createSandboxHubSpotClient({ fetch: bed.sandboxFetch, token: DEMO_TOKEN }),
    microsoft: new Map([[ADMIN, createGraphClient({ getToken: () => token, fetch })]]),
  });
  return { bed, env: bed.env({ clients }), isHeld: () => held, release };
}

const hubspotLists = (bed: TestBed) => bed.sandbox.world.requests.filter((request) => request.path.startsWith('/settings/v3/users/roles'));

describe('"Sync now" while a pass runs', () => {
  it('replaces a pass stuck on the Entra grant listing: HubSpot is read again and the pass completes', async () => {
    const { bed, env, isHeld, release } = heldGrantsBed();
    // The sign-in's pass: HubSpot's jobs done, then the grant listing that does not answer.
    const signInPass = runScheduledPass(env);
    await until(async () => isHeld());
    const rolesBefore = hubspotLists(bed).length;
    expect(rolesBefore).toBe(1);

    const now = await runPassNow(env);
    expect(now).toMatchObject({ ran: true, status: { state: 'idle' } });
    expect(hubspotLists(bed)).toHaveLength(rolesBefore + 1);
    const present = (await bed.repo.getAll('grants')).filter((grant) => grant.provider === 'microsoft365' && grant.state === 'present');
    const expected = (bed.sandbox.world.scenario.providerGrants ?? []).filter((grant) => grant.provider === 'microsoft365').map((grant) => grant.address);
    expect(present.map((grant) => grant.address).sort()).toEqual(expected.sort());

    // The replaced pass, answered at last, writes nothing: the status and the lease stay as the click's pass left them.
    const status = await bed.repo.getMeta('syncStatus');
    release();
    expect(await signInPass).toMatchObject({ ran: false, superseded: true });
    expect(await bed.repo.getMeta('syncStatus')).toEqual(status);
    expect(await bed.repo.getMeta('syncLease')).toBeUndefined();
  });

  it('with no pass running, resumes an open pass: the jobs it finished are not run again', async () => {
    const { bed, env, isHeld, release } = heldGrantsBed();
    const stopping = new AbortController();
    // A pass stopped on purpose at the grant listing (as a worker shutting down): it stays open.
    const stopped = runScheduledPass(env, { signal: stopping.signal });
    await until(async () => isHeld());
    stopping.abort();
    release();
    expect(await stopped).toMatchObject({ ran: false });
    expect(await bed.repo.getMeta('syncLease')).toBeUndefined();

    expect(await runPassNow(env)).toMatchObject({ ran: true, status: { state: 'idle' } });
    expect(hubspotLists(bed)).toHaveLength(1);
  });
});
