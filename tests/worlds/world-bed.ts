/**
 * Runs a generated world through the product as a user would meet it: the admin credentials saved,
 * a full sync (real HubSpot, Admin SDK and Graph clients against the in-process sandbox), each
 * active user's Connected emails page read by the guide's real page reader (personal inboxes have
 * no API), then a second sync (the periodic one, which now knows the inboxes' addresses).
 * Needs a DOM (happy-dom) for the page reader, as tests/diagnose/demo-world.test.ts does.
 */
import { ADMIN_SECURITY_SCOPE as ADMIN_SECURITY } from '../../lib/clients/google/client';
import type { Credential } from '../../lib/store/records';
import type { PassResult } from '../../lib/sync/pass';
import { issueGoogleAccessToken } from '../../sandbox/hosts/google/token-store';
import { userObjectId } from '../../sandbox/hosts/microsoft/ids';
import { rememberToken } from '../../sandbox/hosts/microsoft/token-store';
import { testBed, type TestBed } from '../sync/helpers';
import { syncWithRealClients as sync, visitPage as visit } from '../sync/real-client-steps';
import { TENANT_ID, WORLD_TOKEN, type GeneratedWorld } from './world-arbitrary';

/** The HubSpot token and the admins' tokens, minted into the sandbox (the OAuth flows are tested in tests/auth). */
async function saveCredentials(bed: TestBed, world: GeneratedWorld): Promise<void> {
  const savedAt = bed.access.now();
  const credentials: Credential[] = [{ id: 'hubspot', provider: 'hubspot', kind: 'static-token', accessToken: WORLD_TOKEN, scopes: [], savedAt }];
  const { googleAdmin, microsoftAdmin } = world.truth;
  if (googleAdmin) {
    const token = issueGoogleAccessToken(bed.sandbox.world, { email: googleAdmin, clientId: 'inboxlink-test', scopes: [ADMIN_SECURITY] }).value;
    credentials.push({ id: `google:${googleAdmin}`, provider: 'google', kind: 'oauth', accessToken: token, account: googleAdmin, scopes: [ADMIN_SECURITY], savedAt });
  }
  if (microsoftAdmin) {
    const token = rememberToken(bed.sandbox.world, {
      value: 'graph-admin-token-for-worlds', kind: 'access', expiresAt: null, revoked: false, address: microsoftAdmin,
      tenantId: TENANT_ID, objectId: userObjectId(microsoftAdmin), clientId: 'inboxlink-test', scopes: ['Directory.Read.All'],
    }).value;
    credentials.push({ id: `microsoft:${microsoftAdmin}`, provider: 'microsoft', kind: 'oauth', accessToken: token, account: microsoftAdmin, scopes: [], savedAt });
  }
  await bed.repo.putMany('credentials', credentials);
}

export interface WorldRun {
  bed: TestBed;
  passes: PassResult[];
}

/** Sync, every active user with a personal inbox opens their Connected emails page, sync again. */
export async function runWorld(world: GeneratedWorld): Promise<WorldRun> {
  const bed = testBed(structuredClone(world.scenario));
  await saveCredentials(bed, world);
  const passes = [await sync(bed)];
  const scenario = bed.sandbox.world.scenario;
  const owners = new Set((scenario.personalInboxes ?? []).map((inbox) => inbox.userId));
  // Deactivated and removed users cannot sign in to HubSpot.
  for (const user of scenario.users.filter((u) => owners.has(u.id) && (u.status ?? 'active') === 'active')) {
    scenario.signedIn = { ...scenario.signedIn, hubspotUserId: user.id };
    await visit(bed, `https://${scenario.portal.uiHost ?? 'app.hubspot.com'}/settings/${scenario.portal.id}/user-preferences/email`);
  }
  passes.push(await sync(bed));
  return { bed, passes };
}
