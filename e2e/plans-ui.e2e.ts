/**
 * The unlink plan end to end in Chromium against the sandbox: with HubSpot connected and a
 * Google Workspace admin signed in, a plan for a Workspace mailbox is started in the side panel,
 * HubSpot's side is confirmed, and the Admin SDK revoke runs through the confirm dialog: the
 * grant is gone in the sandbox and exactly one DELETE reached Google.
 */
import type { Page, WebWorker } from 'puppeteer';
import { describe, expect, it } from 'vitest';
import { useExtensionBrowser } from './harness/fixture';
import { storeContract } from './harness/contract';
import { authSelectors as s, submitHubSpotToken } from './pages/auth-options.page';
import { seriousAxeViolations } from './pages/extension-views.page';
import { waitForDatabase } from './pages/sync-store.page';

const ctx = useExtensionBrowser();
const ui = { timeout: 20_000 };
const ADDRESS = 'hannah.schmidt@nordlicht.example';
const REVOKE = 'revoke-google-workspace/revoke';
const step = (id: string) => `[data-testid="plan-step"][data-step-id="${id}"]`;

/** What a visit to HubSpot's Connected emails page would have stored: Hannah's inbox, disabled. */
async function seedMailbox(worker: WebWorker): Promise<void> {
  await waitForDatabase(worker);
  await worker.evaluate(async (database: string, address: string) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(database);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const now = new Date().toISOString();
    const tx = db.transaction(['mailboxes', 'observations'], 'readwrite');
    tx.objectStore('mailboxes').put({ address, provider: 'google', kind: 'personal', portalId: 4480123, firstSeenAt: now, updatedAt: now });
    tx.objectStore('observations').add({ kind: 'crm-personal-inbox', address, host: 'app.hubspot.com', path: '/settings/4480123/user-preferences/email', value: { state: 'disabled' }, observedAt: now });
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, storeContract.database, ADDRESS);
}

async function connectHubSpotAndGoogle(): Promise<void> {
  const options = await ctx.eb.openExtensionPage('options');
  await submitHubSpotToken(options, 'demo-token-full');
  await options.waitForSelector(s.hubspotConnected, ui);
  await (await options.waitForSelector(s.button(s.googleSection, 'Sign in with Google'), ui))?.click();
  await options.waitForSelector(s.googleSignedIn, ui);
  await options.close();
}

async function click(page: Page, selector: string): Promise<void> {
  await (await page.waitForSelector(selector, ui))?.click();
}

describe('unlink plan in the side panel', () => {
  it('revokes a Workspace grant through the confirm dialog: grant gone, exactly one DELETE', async () => {
    await connectHubSpotAndGoogle();
    await seedMailbox(await ctx.eb.worker());
    const granted = (await ctx.sandbox.state()).providerGrants?.filter((g) => g.address === ADDRESS && /hubspot/i.test(g.app)) ?? [];
    expect(granted).toHaveLength(1);

    const panel = await ctx.eb.openExtensionPage('sidepanel', `mailbox=${encodeURIComponent(ADDRESS)}`);
    await click(panel, '[data-testid="plan-start"]');
    await panel.waitForSelector('[data-testid="plan"][data-status="running"]', ui);
    await click(panel, `${step('disconnect-personal-inbox/remove')} [data-testid="plan-step-confirm"]`);
    await panel.waitForSelector(`${step(REVOKE)}[data-state="active"]`, ui);

    // Back first: nothing may reach Google without the confirmation.
    await click(panel, `${step(REVOKE)} [data-testid="plan-step-run"]`);
    await click(panel, '[role="dialog"] [data-testid="dialog-back"]');
    const deletes = async () => (await ctx.sandbox.requests()).filter((r) => r.method === 'DELETE' && r.path.includes('/tokens/'));
    expect(await deletes()).toHaveLength(0);

    await click(panel, `${step(REVOKE)} [data-testid="plan-step-run"]`);
    await ctx.eb.screenshot(panel, 'confirm-dialog');
    expect(await seriousAxeViolations(panel)).toEqual([]);
    await click(panel, '[role="dialog"] [data-testid="dialog-confirm"]');
    await panel.waitForSelector(`${step(REVOKE)}[data-state="done"]`, ui);
    expect(await panel.$eval(`${step(REVOKE)} [data-testid="plan-step-completed-by"]`, (el) => (el as HTMLElement).dataset.completedBy)).toBe('api');
    await ctx.eb.screenshot(panel, 'revoked');

    const left = (await ctx.sandbox.state()).providerGrants?.filter((g) => g.address === ADDRESS && /hubspot/i.test(g.app)) ?? [];
    expect(left).toEqual([]);
    expect(await deletes()).toHaveLength(1);
    expect(await panel.$$eval('[data-testid="audit-entry"]', (rows) => rows.map((r) => (r as HTMLElement).dataset.action))).toEqual(expect.arrayContaining(['plan.start', 'step.intent', 'step.result']));
    expect(ctx.eb.consoleErrors(panel)).toEqual([]);
  });
});
