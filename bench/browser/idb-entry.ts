/**
 * Runs inside an extension page of the built extension (bundled by ./bundle.ts, evaluated over
 * CDP): IndexedDB work through lib/store and lib/status exactly as the extension does it, timed
 * with the page's own clock. Exposed as globalThis.inboxlinkIdbBench.
 */
import type { ChannelAccount, Mailbox, Observation, ProviderGrant } from '../../lib/model';
import type { PublicUser } from '../../lib/sync/clients';
import { indexOwners, usersJob } from '../../lib/sync/jobs/hubspot-users';
import { writePage } from '../../lib/sync/page-writer';
import { createProgressTracker } from '../../lib/sync/progress';
import { createStoreAccess } from '../../lib/store/access';
import { readMailboxFacts } from '../../lib/store/reads/mailbox-facts';

const access = createStoreAccess();
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const iso = new Date('2026-01-05T10:00:00.000Z').toISOString();
const BENCH_HOLDER = 'bench-writer';

function publicUser(index: number): PublicUser {
  return {
    id: String(90_000_000 + index), email: `user${index}@bench.example`, firstName: 'Bench', lastName: String(index),
    roleIds: ['1'], primaryTeamId: String(index % 100), secondaryTeamIds: [], superAdmin: false,
  };
}

interface WriteTimes {
  medianMs: number;
  runsMs: number[];
  rawMedianMs: number;
  rawRunsMs: number[];
}

/**
 * Median ms of storing `count` HubSpot users the way the sync does: in pages of `pageSize` (the
 * users API's page), each usersJob().toRecords, then writePage (lib/sync/page-writer.ts: lease
 * renewal, the records, checkpoint and progress in one readwrite transaction, commit included),
 * one page after the other, the store emptied before each run. Interleaved with the same records
 * put by plain IndexedDB calls, one transaction per page, also one after the other: what this
 * browser on this machine needs at the least, so the ratio of the two says what the product adds.
 */
async function writeUsers(count: number, runs: number, pageSize: number): Promise<WriteTimes> {
  const job = usersJob();
  const pages = Array.from({ length: Math.ceil(count / pageSize) }, (_, page) =>
    job.toRecords(Array.from({ length: Math.min(pageSize, count - page * pageSize) }, (_, index) => publicUser(page * pageSize + index)), { syncedAt: iso, lookup: indexOwners([]) }),
  );
  const runsMs: number[] = [];
  const rawRunsMs: number[] = [];
  const db = await access.db();
  const raw = await openRaw();
  for (let run = 0; run < runs; run++) {
    await db.clear('crmUsers');
    const progress = createProgressTracker(iso, undefined);
    let started = performance.now();
    for (const [page, records] of pages.entries()) {
      await writePage(access, job, {
        records,
        checkpoint: { job: 'bench:users', cursor: `page-${page + 1}`, passStartedAt: iso, updatedAt: iso },
        holder: BENCH_HOLDER,
        progress,
      });
    }
    runsMs.push(performance.now() - started);
    if ((await db.count('crmUsers')) !== count) throw new Error('the write benchmark did not store every user');

    await db.clear('crmUsers');
    started = performance.now();
    for (const records of pages) await rawPuts(raw, records.crmUsers ?? []);
    rawRunsMs.push(performance.now() - started);
    if ((await db.count('crmUsers')) !== count) throw new Error('the raw write did not store every user');
  }
  raw.close();
  await db.delete('meta', 'syncLease');
  await db.delete('syncState', 'bench:users');
  return { medianMs: median(runsMs), runsMs, rawMedianMs: median(rawRunsMs), rawRunsMs };
}

/** A second, plain connection to the extension's database (no idb wrapper). */
function openRaw(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('inboxlink');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** Records through IndexedDB's own API: one transaction, every put issued at once, until it commits. */
function rawPuts(raw: IDBDatabase, users: readonly unknown[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = raw.transaction(['crmUsers'], 'readwrite');
    const store = tx.objectStore('crmUsers');
    for (const user of users) store.put(user);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

/** 2,000 mailboxes, 9 in 10 personal with a grant and two observations, 1 in 10 a team mailbox with its channel account. */
async function seedMailboxes(count: number): Promise<string[]> {
  const addresses = Array.from({ length: count }, (_, index) => `mailbox${index}@bench.example`);
  await access.write(['mailboxes', 'observations', 'channelAccounts', 'grants'], async (tx) => {
    const puts: Promise<unknown>[] = [];
    addresses.forEach((address, index) => {
      const team = index % 10 === 0;
      const mailbox: Mailbox = { address, provider: 'google', kind: team ? 'team' : 'personal', firstSeenAt: iso, updatedAt: iso };
      puts.push(tx.objectStore('mailboxes').put(mailbox));
      if (team) {
        const account: ChannelAccount = { id: String(930_000 + index), channelId: '1002', inboxId: '1', name: address, address, active: true, authorized: true, archived: false, createdAt: iso, syncedAt: iso };
        puts.push(tx.objectStore('channelAccounts').put(account));
        return;
      }
      const grant: ProviderGrant = { key: `google:${address}:HubSpot`, address, provider: 'google', state: 'present', app: 'HubSpot', scopes: [], evidence: { source: 'admin-api', at: iso } };
      puts.push(tx.objectStore('grants').put(grant));
      for (const kind of ['crm-personal-inbox', 'signed-in-address'] as const) {
        const observation: Observation = { kind, address, host: 'app.hubspot.com', path: '/settings', value: { state: 'connected' }, observedAt: iso };
        puts.push(tx.objectStore('observations').add(observation));
      }
    });
    await Promise.all(puts);
  });
  return addresses;
}

/** Median ms of readMailboxFacts over `samples` addresses spread across the store. */
async function readFacts(addresses: string[], samples: number): Promise<{ medianMs: number; found: number }> {
  const runsMs: number[] = [];
  let found = 0;
  for (let sample = 0; sample < samples; sample++) {
    const address = addresses[Math.floor((sample * addresses.length) / samples)] ?? '';
    const started = performance.now();
    const facts = await readMailboxFacts(address);
    runsMs.push(performance.now() - started);
    if (facts.mailbox && (facts.grants.length > 0 || facts.channelAccounts.length > 0)) found++;
  }
  return { medianMs: median(runsMs), found };
}

(globalThis as Record<string, unknown>).inboxlinkIdbBench = { writeUsers, seedMailboxes, readFacts };
