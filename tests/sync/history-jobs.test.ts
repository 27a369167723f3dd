/**
 * The history jobs against the in-process sandbox with the real clients: Google's token audit,
 * Microsoft's sign-ins (v1.0 and beta) and HubSpot's account activity land in historyEvents; a
 * source the admin may not read says exactly why in historySources and the pass stays healthy;
 * the next pass reads on from where the last stopped; a killed pass resumes at its page.
 */
import { describe, expect, it } from 'vitest';
import { createGoogleClient } from '../../lib/clients/google/client';
import { createHubSpotClient } from '../../lib/clients/hubspot/client';
import { createGraphClient } from '../../lib/clients/microsoft/client';
import type { SyncClients } from '../../lib/sync/clients';
import { microsoftSignInsJob, type GraphSignInsSyncClient, type SignInRecord } from '../../lib/sync/jobs/microsoft-sign-ins';
import { runSyncPass } from '../../lib/sync/pass';
import { readMailboxHistory, readPortalHistory } from '../../lib/history/read';
import { verdictsFor } from '../../lib/history/verdicts';
import { runJob } from '../../lib/sync/runner';
import { createProgressTracker } from '../../lib/sync/progress';
import type { Scenario } from '../../sandbox/core/scenario';
import { googleToken, graphToken } from '../clients/provider-tokens';
import { DEMO_TOKEN, demoScenario, testBed } from './helpers';

const ADMIN_GOOGLE = 'katrin.sommer@nordlicht.example';
const ADMIN_ENTRA = 'oliver.bennett@nordlicht-nordic.example';
const HUBSPOT_GOOGLE = '440123456789-hubspotinbox0sales.apps.googleusercontent.com';
const HUBSPOT_APP = '7e1a9c44-2b3d-4f5e-8a6b-0c1d2e3f4a5b';
const REPORTS = 'https://www.googleapis.com/auth/admin.reports.audit.readonly';
const DIRECTORY = 'https://www.googleapis.com/auth/admin.directory.user.security';
const GRAPH_READ = ['https://graph.microsoft.com/Directory.Read.All', 'https://graph.microsoft.com/AuditLog.Read.All'];

const ago = (days: number): string => new Date(Date.now() - days * 86_400_000).toISOString();
/** Two days ago at `hour` UTC: two such times fall on one calendar day. */
const twoDaysAgoAt = (hour: number): string => new Date(Math.floor(Date.now() / 86_400_000) * 86_400_000 - 2 * 86_400_000 + hour * 3_600_000).toISOString();

function historyScenario(edit?: (scenario: Scenario) => void): Scenario {
  return demoScenario((scenario) => {
    scenario.providerEvents = [
      { provider: 'google', kind: 'authorize', address: 'joerg.mueller@nordlicht.example', at: ago(170), client: HUBSPOT_GOOGLE },
      { provider: 'google', kind: 'activity', address: 'joerg.mueller@nordlicht.example', at: twoDaysAgoAt(9), client: HUBSPOT_GOOGLE, product: 'GMAIL' },
      { provider: 'google', kind: 'activity', address: 'joerg.mueller@nordlicht.example', at: twoDaysAgoAt(11), client: HUBSPOT_GOOGLE, product: 'GMAIL' },
      { provider: 'google', kind: 'revoke', address: 'joerg.mueller@nordlicht.example', at: ago(1), client: HUBSPOT_GOOGLE },
      { provider: 'google', kind: 'activity', address: 'joerg.mueller@nordlicht.example', at: ago(1), app: 'Zoom', product: 'CALENDAR' },
      { provider: 'google', kind: 'activity', address: 'joerg.mueller@nordlicht.example', at: ago(190), client: HUBSPOT_GOOGLE, product: 'GMAIL' },
      { provider: 'microsoft365', kind: 'sign-in', address: 'lars.andersson@nordlicht-nordic.example', at: ago(20), app: 'HubSpot Sales', interactive: true },
      { provider: 'microsoft365', kind: 'sign-in', address: 'lars.andersson@nordlicht-nordic.example', at: ago(40), app: 'HubSpot Sales', errorCode: 700082 },
      { provider: 'microsoft365', kind: 'sign-in', address: 'lars.andersson@nordlicht-nordic.example', at: ago(10), app: 'HubSpot Sales' },
      { provider: 'microsoft365', kind: 'sign-in', address: 'lars.andersson@nordlicht-nordic.example', at: ago(3), app: 'HubSpot Sales', errorCode: 50173 },
      { provider: 'microsoft365', kind: 'sign-in', address: 'lars.andersson@nordlicht-nordic.example', at: ago(1), app: 'HubSpot Sales', errorCode: 50173 },
    ];
    const target = scenario.users.find((user) => user.status === 'deactivated') ?? scenario.users[1]!;
    scenario.hubspotActivity = [
      { kind: 'security', at: ago(40), userId: target.id, actorUserId: scenario.users[0]!.id, type: 'DEACTIVATE_USER' },
      { kind: 'login', at: ago(45), userId: target.id },
    ];
    edit?.(scenario);
  });
}

function historyBed(scenario = historyScenario(), scopes = { google: [DIRECTORY, REPORTS], microsoft: GRAPH_READ, hubspot: DEMO_TOKEN }) {
  const bed = testBed(scenario);
  const world = bed.sandbox.world;
  const tokens = { google: googleToken(world, ADMIN_GOOGLE, scopes.google), microsoft: graphToken(world, ADMIN_ENTRA, scopes.microsoft) };
  const fetch = (input: RequestInfo | URL, init?: RequestInit) => bed.sandbox.handle(new Request(input, init));
  const clients = async (): Promise<SyncClients> => ({
    hubspot: createHubSpotClient({ getToken: () => scopes.hubspot, fetch, retry: { maxAttempts: 1 } }),
    google: new Map([[ADMIN_GOOGLE, createGoogleClient({ getToken: () => tokens.google, fetch })]]),
    microsoft: new Map([[ADMIN_ENTRA, createGraphClient({ getToken: () => tokens.microsoft, fetch })]]),
  });
  return { bed, env: bed.env({ clients }) };
}

describe('history jobs', () => {
  it('store HubSpot’s events from each source, by address, and mark each source readable', async () => {
    const { bed, env } = historyBed();
    expect((await runSyncPass(env)).status?.state).toBe('idle');
    const events = await bed.repo.getAll('historyEvents');
    const google = events.filter((event) => event.source === 'google-token-audit');
    // Zoom's activity is not HubSpot's; HubSpot's two activities of one day are one record; what
    // Google and Microsoft no longer keep (190 and 40 days ago) is not served.
    expect(google.map((event) => event.kind).sort()).toEqual(['activity', 'authorize', 'revoke']);
    expect(google.every((event) => event.client === HUBSPOT_GOOGLE && event.address === 'joerg.mueller@nordlicht.example')).toBe(true);
    const signIns = events.filter((event) => event.source === 'microsoft-sign-ins');
    expect(signIns.map((event) => `${event.result}:${event.errorCode ?? ''}:${String(event.detail?.interactive)}`).sort()).toEqual(['failure:50173:false', 'failure:50173:false', 'success::false', 'success::true']);
    expect(signIns.find((event) => event.result === 'failure')).toMatchObject({ address: 'lars.andersson@nordlicht-nordic.example', client: HUBSPOT_APP, where: 'graph.microsoft.com/beta/auditLogs/signIns' });
    const scenario = bed.sandbox.world.scenario;
    const target = scenario.users.find((user) => user.id === scenario.hubspotActivity?.[0]?.userId)!;
    expect(events.filter((event) => event.source === 'hubspot-security')).toEqual([expect.objectContaining({ address: target.email, actor: scenario.users[0]!.email, detail: { type: 'DEACTIVATE_USER' } })]);
    expect(events.filter((event) => event.source === 'hubspot-logins')).toHaveLength(1);

    const sources = Object.fromEntries((await bed.repo.getAll('historySources')).map((status) => [status.key, status]));
    expect(sources[`google-token-audit:${ADMIN_GOOGLE}`]).toMatchObject({ state: 'ok', clients: [HUBSPOT_GOOGLE], readUntil: expect.any(String) });
    expect(sources[`microsoft-sign-ins:${ADMIN_ENTRA}`]).toMatchObject({ state: 'ok', clients: [HUBSPOT_APP] });
    for (const source of ['hubspot-audit-log', 'hubspot-logins', 'hubspot-security']) expect(sources[`${source}:hubspot`]?.state).toBe('ok');
    expect(await bed.repo.getAll('syncRuns')).toEqual([expect.objectContaining({ state: 'idle', errors: [] })]);
  });

  it('give each mailbox its verdict once read back from the store, one by one or the whole portal', async () => {
    const { bed, env } = historyBed();
    await runSyncPass(env);
    const db = await bed.access.db();
    const now = new Date().toISOString();
    const joerg = await readMailboxHistory(db, 'Joerg.Mueller@nordlicht.example');
    expect(verdictsFor(joerg, now).map((verdict) => verdict.code)).toContain('google-access-removed');
    const lars = await readMailboxHistory(db, 'lars.andersson@nordlicht-nordic.example');
    expect(verdictsFor(lars, now)[0]).toMatchObject({ code: 'microsoft-sign-ins-failing', params: { code: '50173', count: 2 } });
    const portal = await readPortalHistory(bed.access);
    const byAddress = new Map(portal.histories.map((history) => [history.address, history]));
    expect(byAddress.get('lars.andersson@nordlicht-nordic.example')?.events).toEqual(lars.events);
    expect(portal.runs).toHaveLength(1);
  });

  it('read on from the last pass, without duplicates', async () => {
    const { bed, env } = historyBed();
    await runSyncPass(env);
    const before = (await bed.repo.getAll('historyEvents')).length;
    await runSyncPass(env);
    expect((await bed.repo.getAll('historyEvents')).length).toBe(before);
    const reports = bed.requests('/admin/reports/v1/activity/users/all/applications/token');
    expect(new URLSearchParams(reports[0]!.query).get('startTime')).toBeNull();
    expect(new URLSearchParams(reports.at(-1)!.query).get('startTime')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const graph = bed.requests('/beta/auditLogs/signIns');
    expect(new URLSearchParams(graph.at(-1)!.query).get('$filter')).toContain('createdDateTime ge ');
  });

  it('say which licence, role or scope is missing, and keep the pass healthy', async () => {
    const scenario = historyScenario((s) => {
      const tenant = s.directories!.entraTenants![0]!;
      tenant.licence = 'free';
      s.directories!.googleWorkspace![0]!.auditReaders = ['someone.else@nordlicht.example'];
    });
    const { bed, env } = historyBed(scenario, { google: [DIRECTORY, REPORTS], microsoft: GRAPH_READ, hubspot: 'demo-token-no-conversations' });
    const result = await runSyncPass(env);
    expect(result.status?.skipped?.some((skip) => skip.job.includes('sign-ins') || skip.job.includes('token-audit') || skip.job.startsWith('hubspot:audit'))).not.toBe(true);
    const sources = Object.fromEntries((await bed.repo.getAll('historySources')).map((status) => [status.key, status]));
    expect(sources[`microsoft-sign-ins:${ADMIN_ENTRA}`]).toMatchObject({ state: 'needs-licence', licence: 'entra-id-p1', errorCode: 'Authentication_RequestFromNonPremiumTenantOrB2CTenant', correlationId: expect.any(String) });
    expect(sources[`google-token-audit:${ADMIN_GOOGLE}`]).toMatchObject({ state: 'needs-role', role: 'google-reports' });
    expect(sources['hubspot-audit-log:hubspot']).toMatchObject({ state: 'needs-scope', scopes: ['account-info.security.read'] });
    expect((await bed.repo.getAll('historyEvents')).length).toBe(0);
  });

  it('say which scope is missing at Google and Microsoft, and that a role is missing in Entra', async () => {
    const scenario = historyScenario((s) => {
      s.directories!.entraTenants![0]!.auditReaders = ['lars.andersson@nordlicht-nordic.example'];
    });
    const { bed, env } = historyBed(scenario, { google: [DIRECTORY], microsoft: ['https://graph.microsoft.com/Directory.Read.All'], hubspot: DEMO_TOKEN });
    await runSyncPass(env);
    const sources = Object.fromEntries((await bed.repo.getAll('historySources')).map((status) => [status.key, status]));
    expect(sources[`google-token-audit:${ADMIN_GOOGLE}`]).toMatchObject({ state: 'needs-scope', scopes: [REPORTS] });
    expect(sources[`microsoft-sign-ins:${ADMIN_ENTRA}`]).toMatchObject({ state: 'needs-scope', scopes: ['AuditLog.Read.All', 'Directory.Read.All'] });

    const roleBed = historyBed(scenario);
    await runSyncPass(roleBed.env);
    const roles = Object.fromEntries((await roleBed.bed.repo.getAll('historySources')).map((status) => [status.key, status]));
    expect(roles[`microsoft-sign-ins:${ADMIN_ENTRA}`]).toMatchObject({ state: 'needs-role', role: 'entra-reports-reader', errorCode: 'Authentication_RequestFromUnsupportedUserRole' });
  });

  it('say so when HubSpot’s app id is not known yet, and read nothing', async () => {
    const scenario = historyScenario((s) => {
      s.providerGrants = s.providerGrants?.filter((grant) => grant.provider !== 'google');
    });
    const { bed, env } = historyBed(scenario);
    await runSyncPass(env);
    expect(await bed.repo.get('historySources', `google-token-audit:${ADMIN_GOOGLE}`)).toMatchObject({ state: 'no-client-id' });
    expect(bed.requests('/admin/reports/')).toHaveLength(0);
  });

  it('resume a killed pass at the page it was on (sign-ins: v1.0 pages, then beta)', async () => {
    const bed = testBed(historyScenario());
    await bed.repo.putMany('grants', [{ key: `microsoft365:x@nordlicht-nordic.example:HubSpot`, address: 'x@nordlicht-nordic.example', provider: 'microsoft365', state: 'present', app: 'HubSpot Sales', clientId: HUBSPOT_APP, scopes: [], evidence: { source: 'admin-api', at: ago(0) } }]);
    const record = (id: string, days: number, code = 0): SignInRecord => ({ id, createdDateTime: ago(days), userPrincipalName: 'x@nordlicht-nordic.example', appId: HUBSPOT_APP, status: { errorCode: code } });
    const pages: Record<string, { results: SignInRecord[]; nextAfter?: string }> = {
      'i:': { results: [record('a', 1)], nextAfter: 'https://graph.microsoft.com/v1.0/auditLogs/signIns?$skiptoken=2' },
      'i:https://graph.microsoft.com/v1.0/auditLogs/signIns?$skiptoken=2': { results: [record('b', 2)] },
      'n:': { results: [record('c', 3, 50173)] },
    };
    const calls: string[] = [];
    let failNext = true;
    const client: GraphSignInsSyncClient = {
      async signInsPage(query) {
        const key = `${query.nonInteractive ? 'n' : 'i'}:${query.next ?? ''}`;
        calls.push(key);
        if (key.startsWith('i:https') && failNext) {
          failNext = false;
          throw Object.assign(new Error('offline'), { name: 'NetworkError' });
        }
        return pages[key]!;
      },
    };
    const job = microsoftSignInsJob(ADMIN_ENTRA);
    const ctx = { access: bed.access, holder: 'test', progress: createProgressTracker(ago(0), undefined) };
    await expect(runJob(job, client, ctx)).rejects.toThrow('offline');
    expect((await bed.repo.getAll('historyEvents')).map((event) => event.id)).toHaveLength(1);
    await runJob(job, client, ctx);
    expect(calls).toEqual(['i:', 'i:https://graph.microsoft.com/v1.0/auditLogs/signIns?$skiptoken=2', 'i:https://graph.microsoft.com/v1.0/auditLogs/signIns?$skiptoken=2', 'n:']);
    expect((await bed.repo.getAll('historyEvents')).map((event) => event.result).sort()).toEqual(['failure', 'success', 'success']);
    expect(await bed.repo.get('historySources', `microsoft-sign-ins:${ADMIN_ENTRA}`)).toMatchObject({ state: 'ok' });
  });
});
