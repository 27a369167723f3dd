/**
 * Runs inside an extension page of the built extension (bundled by ./bundle.ts, evaluated over
 * CDP): the findings and the verdicts of a big portal, from plain records in memory, timed with
 * the page's clock — what the portal report and the health page compute once the store is read.
 * Exposed as globalThis.inboxlinkHistoryBench.
 */
import { diagnose } from '../../lib/diagnose/run';
import { makeSnapshot, type SnapshotRecords } from '../../lib/diagnose/snapshot';
import { portalHistoryFrom } from '../../lib/history/read';
import { verdictsFor } from '../../lib/history/verdicts';
import { loadSharedMailDomains } from '../../lib/partner/shared-domains';
import type { ChannelAccount, CrmUser, HistoryEvent, Mailbox, Observation, ProviderGrant } from '../../lib/model';

const DAY = 86_400_000;

interface World {
  records: Partial<SnapshotRecords>;
  events: HistoryEvent[];
}

/** 10,000 users; 2,000 mailboxes (a fifth team channels) with rows, grants and a few provider events each. */
function world(users: number, mailboxes: number, now: number): World {
  const at = new Date(now - DAY).toISOString();
  const mailboxRecords: Mailbox[] = [];
  const observations: Observation[] = [];
  const grants: ProviderGrant[] = [];
  const channelAccounts: ChannelAccount[] = [];
  const events: HistoryEvent[] = [];
  const teamFrom = Math.floor(mailboxes * 0.8);
  for (let i = 0; i < mailboxes; i += 1) {
    const team = i >= teamFrom;
    const address = `${team ? 'team' : 'person'}${i}@bench.example`;
    const provider = i % 3 === 0 ? 'microsoft365' : 'google';
    mailboxRecords.push({ address, provider, kind: team ? 'team' : 'personal', firstSeenAt: at, updatedAt: at });
    if (team) channelAccounts.push({ id: `ca${i}`, channelId: '1002', inboxId: String(i % 20), name: `Channel ${i}`, address, active: true, authorized: i % 7 !== 0, archived: false, createdAt: at, syncedAt: at });
    else observations.push({ kind: 'crm-personal-inbox', address, host: 'app.hubspot.com', path: '/settings/1/user-preferences/email', value: { state: i % 5 === 0 ? 'disabled' : 'connected' }, observedAt: at });
    grants.push({ key: `${provider}:${address}:HubSpot`, address, provider, state: i % 4 === 0 ? 'absent' : 'present', app: 'HubSpot', clientId: 'client', scopes: [], evidence: { source: 'admin-api', at } });
    for (let e = 0; e < 3; e += 1) {
      const when = new Date(now - (e * 20 + (i % 40)) * DAY).toISOString();
      events.push(provider === 'google'
        ? { id: `g:${i}:${e}`, source: 'google-token-audit', address, at: when, kind: e === 0 && i % 9 === 0 ? 'revoke' : 'activity', client: 'client', result: 'success', detail: { product: 'GMAIL' }, where: 'reports', syncedAt: at }
        : { id: `m:${i}:${e}`, source: 'microsoft-sign-ins', address, at: when, kind: 'sign-in', client: 'client', result: i % 6 === 0 ? 'failure' : 'success', ...(i % 6 === 0 ? { errorCode: '50173' } : {}), where: 'signIns', syncedAt: at });
    }
  }
  const crmUsers: CrmUser[] = [];
  for (let i = 0; i < users; i += 1) {
    const email = i < teamFrom ? `person${i}@bench.example` : `user${i}@bench.example`;
    crmUsers.push({ id: String(90_000_000 + i), email, roleIds: [], secondaryTeamIds: [], superAdmin: false, status: i % 50 === 0 ? 'deactivated' : 'active', syncedAt: at });
  }
  return { records: { mailboxes: mailboxRecords, observations, grants, channelAccounts, crmUsers }, events };
}

const sources = [
  { key: 'google-token-audit:admin@bench.example', source: 'google-token-audit' as const, account: 'admin@bench.example', state: 'ok' as const, checkedAt: '' },
  { key: 'microsoft-sign-ins:admin@bench.example', source: 'microsoft-sign-ins' as const, account: 'admin@bench.example', state: 'ok' as const, checkedAt: '' },
];

/** The least any per-address diagnosis does: one pass putting every record under its lower-case address. */
function groupOnce(records: World['records']): number {
  const byAddress = new Map<string, unknown[]>();
  const put = (address: string, record: unknown) => {
    const key = address.trim().toLowerCase();
    const list = byAddress.get(key);
    if (list) list.push(record);
    else byAddress.set(key, [record]);
  };
  for (const mailbox of records.mailboxes ?? []) put(mailbox.address, mailbox);
  for (const observation of records.observations ?? []) put(observation.address, observation);
  for (const grant of records.grants ?? []) put(grant.address, grant);
  for (const account of records.channelAccounts ?? []) if (account.address) put(account.address, account);
  for (const user of records.crmUsers ?? []) put(user.email, user);
  return byAddress.size;
}

const medianOf = (times: number[]): number => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? Number.NaN;

/**
 * Median ms of: the diagnose snapshot from records, every finding, every address's history and its
 * verdicts; interleaved with the floor (groupOnce over the same records), so both see the same moments.
 */
async function diagnoseAll(users: number, mailboxes: number, runs: number): Promise<{ medianMs: number; fastestMs: number; floorMs: number; findings: number; verdicts: number; addresses: number }> {
  await loadSharedMailDomains(); // the partner rules' list, loaded once as the background does, outside the timing
  const now = Date.now();
  const { records, events } = world(users, mailboxes, now);
  const iso = new Date(now).toISOString();
  const times: number[] = [];
  const floors: number[] = [];
  let last = { findings: 0, verdicts: 0, addresses: 0 };
  for (let run = 0; run < runs; run += 1) {
    const floorStarted = performance.now();
    groupOnce(records);
    floors.push(performance.now() - floorStarted);
    const started = performance.now();
    const snapshot = makeSnapshot(records);
    const findings = diagnose(snapshot, iso);
    const portal = portalHistoryFrom(snapshot, events, sources, [], findings);
    let verdicts = 0;
    for (const history of portal.histories) verdicts += verdictsFor(history, iso).length;
    times.push(performance.now() - started);
    last = { findings: findings.length, verdicts, addresses: portal.histories.length };
  }
  return { medianMs: medianOf(times), fastestMs: Math.min(...times), floorMs: medianOf(floors), ...last };
}

(globalThis as unknown as { inboxlinkHistoryBench: unknown }).inboxlinkHistoryBench = { diagnoseAll };
