// @vitest-environment happy-dom
/**
 * End to end on the demo world: the real sync (lib/sync with the real HubSpot, Google Admin SDK
 * and Graph clients) against the in-process sandbox, the guide's real page reader and snapshot
 * handler on each active user's Connected emails page (personal inboxes have no API), then
 * refreshFindings. The planted problems of sandbox/scenarios/README.md must be found, and the
 * healthy mailboxes must not be.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEvidence } from '../../lib/diagnose/evidence';
import { buildSupportReport } from '../../lib/diagnose/report';
import { refreshFindings } from '../../lib/background/refresh-findings';
import { diagnose } from '../../lib/diagnose/run';
import { readSnapshot } from '../../lib/store/reads/diagnose-snapshot';
import { createTranslator } from '../../lib/i18n';
import type { Finding } from '../../lib/model';
import type { Credential } from '../../lib/store/records';
import { issueGoogleAccessToken } from '../../sandbox/hosts/google/token-store';
import { userObjectId } from '../../sandbox/hosts/microsoft/ids';
import { rememberToken } from '../../sandbox/hosts/microsoft/token-store';
import type { Scenario } from '../../sandbox/core/scenario';
import { DEMO_TOKEN, testBed, type TestBed } from '../sync/helpers';
import { syncWithRealClients, visitPage } from '../sync/real-client-steps';

const GOOGLE_ADMIN = 'katrin.sommer@nordlicht.example';
const ENTRA_ADMIN = 'oliver.bennett@nordlicht-nordic.example';
// Read by path: under happy-dom, import.meta.url is not a file URL (so tests/sync's demoScenario cannot be used).
const demo = (): Scenario => JSON.parse(readFileSync(resolve(__dirname, '../../sandbox/scenarios/demo.json'), 'utf8')) as Scenario;

/** Admin tokens minted into the sandbox (the OAuth flows are tested in tests/auth), saved as credentials. */
async function saveCredentials(bed: TestBed): Promise<string[]> {
  const world = bed.sandbox.world;
  const google = issueGoogleAccessToken(world, { email: GOOGLE_ADMIN, clientId: 'inboxlink-test', scopes: ['https://www.googleapis.com/auth/admin.directory.user.security'] }).value;
  const tenantId = world.scenario.directories?.entraTenants?.[0]?.tenantId ?? '';
  const microsoft = rememberToken(world, {
    value: 'graph-admin-token-for-diagnose',
    kind: 'access',
    expiresAt: null,
    revoked: false,
    address: ENTRA_ADMIN,
    tenantId,
    objectId: userObjectId(ENTRA_ADMIN),
    clientId: 'inboxlink-test',
    scopes: ['Directory.Read.All'],
  }).value;
  const savedAt = bed.access.now();
  const credentials: Credential[] = [
    { id: 'hubspot', provider: 'hubspot', kind: 'static-token', accessToken: DEMO_TOKEN, scopes: [], savedAt },
    { id: `google:${GOOGLE_ADMIN}`, provider: 'google', kind: 'oauth', accessToken: google, account: GOOGLE_ADMIN, scopes: [], savedAt },
    { id: `microsoft:${ENTRA_ADMIN}`, provider: 'microsoft', kind: 'oauth', accessToken: microsoft, account: ENTRA_ADMIN, scopes: [], savedAt },
  ];
  await bed.repo.putMany('credentials', credentials);
  return [DEMO_TOKEN, google, microsoft];
}

async function sync(bed: TestBed): Promise<void> {
  expect((await syncWithRealClients(bed)).status?.state).toBe('idle');
}

async function demoFindings(): Promise<{ bed: TestBed; findings: Finding[]; secrets: string[] }> {
  const bed = testBed(demo());
  const secrets = await saveCredentials(bed);
  await sync(bed);
  const scenario = bed.sandbox.world.scenario;
  // Each active user with a personal inbox opens their own Connected emails page (deactivated
  // and removed users cannot sign in).
  const owners = new Set((scenario.personalInboxes ?? []).map((inbox) => inbox.userId));
  for (const user of scenario.users.filter((u) => owners.has(u.id) && (u.status ?? 'active') === 'active')) {
    scenario.signedIn = { ...scenario.signedIn, hubspotUserId: user.id };
    await visitPage(bed, `https://app.hubspot.com/settings/${scenario.portal.id}/user-preferences/email`);
  }
  // Zoë checks her Outlook.com consent page: no admin API exists for consumer accounts.
  scenario.signedIn = { ...scenario.signedIn, microsoft: 'zoe.dubois@hotmail.com' };
  await visitPage(bed, 'https://account.live.com/consent/Manage');
  await refreshFindings(bed.access);
  return { bed, findings: await bed.repo.getAll('findings'), secrets };
}

const subjects = (findings: readonly Finding[], code: string, severity?: Finding['severity']) =>
  findings.filter((f) => f.code === code && (!severity || f.severity === severity)).map((f) => f.subject).sort();

describe('diagnose the demo world after a real sync', () => {
  it('finds the planted problems and leaves the healthy mailboxes alone', async () => {
    const { bed, findings } = await demoFindings();
    const scenario = bed.sandbox.world.scenario;

    // Departed users whose HubSpot grant the admin APIs still list (Workspace or Entra).
    const departed = new Set(scenario.users.filter((u) => (u.status ?? 'active') !== 'active').map((u) => u.email));
    const adminVisible = (scenario.providerGrants ?? []).filter((g) => /hubspot/i.test(g.app) && g.provider !== 'outlook' && !g.address.endsWith('@gmail.com'));
    expect(subjects(findings, 'deactivated-user-grant')).toEqual(adminVisible.map((g) => g.address).filter((a) => departed.has(a)).sort());
    expect(subjects(findings, 'deactivated-user-grant')).toEqual(['erik.johansson@nordlicht-nordic.example', 'julia.krause@nordlicht.example']);

    // Disabled in HubSpot, grant left behind at Google, in Entra and (observed) at account.live.com.
    expect(subjects(findings, 'half-unlinked', 'warning')).toEqual(['bjoern.karlsson@nordlicht-nordic.example', 'hannah.schmidt@nordlicht.example', 'zoe.dubois@hotmail.com']);
    // Mark de Jong's disabled inbox is IMAP, as HubSpot's row says: no grant applies, so it is
    // not half-unlinked at all.
    expect(subjects(findings, 'half-unlinked', 'info')).toEqual([]);
    expect(subjects(findings, 'half-unlinked', 'warning')).not.toContain('mark.dejong@nordlicht-events.example');

    // Connected with an error (Google access revoked, password changed, sync error, IMAP password) and the unauthorized team channel.
    expect(subjects(findings, 'broken-connection')).toEqual([
      'emma.lindqvist@nordlicht-nordic.example',
      'info@nordlicht.example',
      'ingrid.halvorsen@nordlicht-nordic.example',
      'isabel.ferreira@nordlicht-events.example',
      'sofie.jansen@nordlicht.example',
    ]);
    expect(findings.find((f) => f.subject === 'info@nordlicht.example')?.planFlow).toBe('delete-team-channel');

    // Removed inboxes are no longer listed in HubSpot, so their left-behind grants are orphaned.
    expect(subjects(findings, 'grant-without-inbox')).toEqual(['greta.bauer@nordlicht.example', 'sara.nilsson@nordlicht-nordic.example']);

    const healthy = ['joerg.mueller@nordlicht.example', 'katrin.sommer@nordlicht.example', 'lars.andersson@nordlicht-nordic.example', 'oliver.bennett@nordlicht-nordic.example', 'support@nordlicht.example', 'saljare@nordlicht-nordic.example', 'kwame.mensah@nordlicht-events.example'];
    expect(findings.filter((f) => healthy.includes(f.subject))).toEqual([]);
    for (const finding of findings) expect(finding.evidence.every((e) => parseEvidence(e) !== undefined), finding.id).toBe(true);
  });

  it('the store holds exactly what the rules find; a second sync and refresh change nothing; the report has no token', async () => {
    const { bed, findings, secrets } = await demoFindings();
    const again = diagnose(await readSnapshot(bed.access), bed.access.now());
    expect(findings.map((f) => f.id).sort()).toEqual(again.map((f) => f.id).sort());

    await sync(bed);
    await refreshFindings(bed.access);
    const after = await bed.repo.getAll('findings');
    expect(after.map((f) => `${f.id}:${f.foundAt}`).sort()).toEqual(findings.map((f) => `${f.id}:${f.foundAt}`).sort());

    const { json, csv } = buildSupportReport(await readSnapshot(bed.access), after, createTranslator('sv'));
    expect(json.findings).toHaveLength(after.length);
    for (const secret of secrets) {
      expect(JSON.stringify(json)).not.toContain(secret);
      expect(csv).not.toContain(secret);
    }
  });
});
