import type { WebWorker } from 'puppeteer';
import { readRecords, writeExtensionDb } from '../harness/extension-db';
import { waitForDatabase } from './sync-store.page';

/**
 * What e2e/two-sided-truth.e2e.ts needs beyond the plan pages: a mailbox known to the extension
 * (as a mail page's chip would store it) with no HubSpot reading yet, and the store's own
 * records of an address (grants, findings) read in the extension's origin.
 */

/** The mailbox record a Gmail visit would store: known, provider named, HubSpot's side unseen. */
export async function seedUnseenMailbox(worker: WebWorker, address: string, provider: string): Promise<void> {
  await waitForDatabase(worker);
  const now = new Date().toISOString();
  await writeExtensionDb(worker, [{ store: 'mailboxes', op: 'put', value: { address, provider, kind: 'personal', firstSeenAt: now, updatedAt: now } }]);
}

/** Every record of `store` whose `address` (or `subject`) is `address`. */
export async function recordsOf(worker: WebWorker, store: 'grants' | 'findings', address: string): Promise<Record<string, unknown>[]> {
  const all = await readRecords<Record<string, unknown>>(worker, store);
  return all.filter((record) => record.address === address || record.subject === address);
}

/** Forgets what earlier syncs stored about the address's grants (a world before any admin sign-in). */
export async function clearGrants(worker: WebWorker, address: string): Promise<void> {
  const grants = await readRecords<{ key: string; address: string }>(worker, 'grants');
  const deletes = grants.filter((grant) => grant.address === address).map((grant) => ({ store: 'grants', op: 'delete' as const, key: grant.key }));
  if (deletes.length > 0) await writeExtensionDb(worker, deletes);
}
