import type { WebWorker } from 'puppeteer';
import { storeContract } from '../harness/contract';

/** The scale the side panel and the popup are held to (issue 17): a big portal's cache. */
export const MAILBOXES = 2_000;
export const USERS = 10_000;

/** Team mailboxes are the last fifth: `team<i>@bench.example`; the others `person<i>@bench.example`. */
export const mailboxAddress = (index: number, mailboxes = MAILBOXES): string => `${index >= Math.floor(mailboxes * 0.8) ? 'team' : 'person'}${index}@bench.example`;

/**
 * Writes the big cache straight into the extension's IndexedDB, inside the service worker: 2,000
 * mailboxes (1,600 personal, each owned by the CRM user of its address; 400 team channel
 * accounts) and 10,000 CRM users.
 */
export async function fillCache(worker: WebWorker, mailboxes = MAILBOXES, users = USERS): Promise<void> {
  await worker.evaluate(
    async (database: string, mailboxes: number, users: number) => {
      const at = new Date().toISOString();
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(database);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction(['mailboxes', 'observations', 'grants', 'channelAccounts', 'crmUsers'], 'readwrite');
      const teamFrom = Math.floor(mailboxes * 0.8);
      for (let i = 0; i < mailboxes; i += 1) {
        const team = i >= teamFrom;
        const address = `${team ? 'team' : 'person'}${i}@bench.example`;
        const provider = i % 3 === 0 ? 'microsoft365' : 'google';
        tx.objectStore('mailboxes').put({ address, provider, kind: team ? 'team' : 'personal', firstSeenAt: at, updatedAt: at });
        if (team) {
          tx.objectStore('channelAccounts').put({ id: `ca${i}`, channelId: '1002', inboxId: String(i % 20), name: `Channel ${i}`, address, active: true, authorized: i % 7 !== 0, archived: false, createdAt: at, syncedAt: at });
          continue;
        }
        tx.objectStore('observations').put({ kind: 'crm-personal-inbox', address, host: 'app.hubspot.com', path: '/settings/1/user-preferences/email', value: { state: i % 5 === 0 ? 'disabled' : 'connected' }, observedAt: at });
        if (i % 2 === 0) {
          tx.objectStore('grants').put({ key: `${provider}:${address}:HubSpot`, address, provider, state: 'present', app: 'HubSpot', scopes: [], evidence: { source: 'admin-api', at } });
        }
      }
      for (let i = 0; i < users; i += 1) {
        // The first users own the personal mailboxes (same address), as a portal's reps do.
        const email = i < teamFrom ? `person${i}@bench.example` : `user${i}@bench.example`;
        tx.objectStore('crmUsers').put({ id: String(90_000_000 + i), email, firstName: 'Bench', lastName: `User ${i}`, roleIds: [], secondaryTeamIds: [], superAdmin: false, status: 'active', syncedAt: at });
      }
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    storeContract.database,
    mailboxes,
    users,
  );
}
