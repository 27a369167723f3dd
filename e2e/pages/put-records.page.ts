import type { ExtensionRealm } from '../harness/session';
import { writeExtensionDb } from '../harness/extension-db';
import { waitForDatabase } from './sync-store.page';

/**
 * Puts plain records into the extension's IndexedDB stores, in one transaction, inside the
 * extension's origin (Chromium's service worker, Firefox's privacy page): for what no sandbox
 * source writes in a test's time — a mailbox's thousand provider events (bench/history.ts), a
 * history the Firefox run reads (e2e/firefox/surfaces.e2e.ts). Waits for the database first.
 */
export async function putRecords(realm: ExtensionRealm, records: Readonly<Record<string, readonly unknown[]>>): Promise<void> {
  await waitForDatabase(realm);
  await writeExtensionDb(realm, Object.entries(records).flatMap(([store, values]) => values.map((value) => ({ store, op: 'put' as const, value }))));
}
