/**
 * Runs inside an extension page of the built extension (bundled by ./bundle.ts, evaluated over
 * CDP): IndexedDB work through lib/store and lib/status exactly as the extension does it, timed
 * with the page's own clock. Exposed as globalThis.inboxlinkIdbBench.
 */
import type { ChannelAccount, CrmUser, Mailbox, Observation, ProviderGrant } from '../../lib/model';
import { createStoreAccess } from '../../lib/store/access';
import { readMailboxFacts } from '../../lib/status/read-facts';

const access = createStoreAccess();
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const iso = new Date('2026-01-05T10:00:00.000Z').toISOString();

function crmUser(index: number): CrmUser {
  return {
    id: String(90_000_000 + index), email: `user${index}@bench.example`, firstName: 'Bench', lastName: String(index),
    roleIds: ['1'], primaryTeamId: String(index % 100), secondaryTeamIds: [], superAdmin: false, status: 'active',
    ownerId: String(190_000_000 + index), syncedAt: iso,
  };
}

/** Median ms of putting `count` users in one readwrite transaction (commit included), store emptied before each run. */
async function writeUsers(count: number, runs: number): Promise<{ medianMs: number; runsMs: number[] }> {
  const users = Array.from({ length: count }, (_, index) => crmUser(index));
  const runsMs: number[] = [];
  for (let run = 0; run < runs; run++) {
    await access.write(['crmUsers'], async (tx) => tx.objectStore('crmUsers').clear());
    const started = performance.now();
    await access.write(['crmUsers'], async (tx) => {
      const store = tx.objectStore('crmUsers');
      await Promise.all(users.map((user) => store.put(user)));
    });
    runsMs.push(performance.now() - started);
  }
  if ((await (await access.db()).count('crmUsers')) !== count) throw new Error('the write benchmark did not store every user');
  return { medianMs: median(runsMs), runsMs };
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
