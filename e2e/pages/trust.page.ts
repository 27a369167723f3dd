import type { Page, WebWorker } from 'puppeteer';
import type { AuditEntry, ProviderGrant } from '../../lib/model';
import type { Scenario } from '../../sandbox/core/scenario';
import { findByRole } from '../harness/aria';
import type { ExtensionBrowser } from '../harness/browser';
import { readRecords } from '../harness/extension-db';
import { authSelectors as s } from './auth-options.page';
import { demoScenario } from './plan-flow.page';
import type { RunningSandbox } from '../harness/sandbox';
import { clickSyncNow, openSyncPanel, waitForSyncEnd } from './sync-panel.page';

/**
 * What e2e/trust-boundaries.e2e.ts needs beyond the plan and guide page objects: worlds that
 * put a look-alike, another portal or another provider's page next to the real thing, the guide
 * banner's text, the admins' sign-ins after a world change, and the audit and grants stores.
 */

const ui = { timeout: 20_000 };

/** The demo world seen by the HubSpot user who owns `address` (Connected emails lists one's own inboxes). */
export function worldOf(address: string, edit: (scenario: Scenario) => void = () => undefined): Scenario {
  const scenario = demoScenario();
  const inbox = scenario.personalInboxes?.find((i) => i.address === address);
  if (inbox) scenario.signedIn = { ...scenario.signedIn, hubspotUserId: inbox.userId };
  edit(scenario);
  return scenario;
}

/** Waits until the guide's banner (closed shadow root; found by its accessible role) says `text`. */
export async function waitForBanner(page: Page, text: string, timeoutMs = 20_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let shown = '';
  for (;;) {
    const banner = await findByRole(page, 'status', 'Inboxlink', Math.max(1_000, deadline - Date.now())).catch(() => undefined);
    shown = (await banner?.evaluate((el) => el.textContent ?? '')) ?? '';
    if (shown.includes(text)) return shown;
    if (Date.now() > deadline) throw new Error(`the guide banner never said "${text}"; it says: "${shown}"`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Whether the guide draws an outline box at all now (its shadow root is closed: read through the banner's root). */
export async function outlineShown(page: Page): Promise<boolean> {
  const banner = await findByRole(page, 'status', 'Inboxlink', 5_000);
  return banner.evaluate((el) => {
    const box = (el.getRootNode() as ShadowRoot).querySelector<HTMLElement>('.box');
    return box !== null && !box.hidden;
  });
}

/** The options page's Google sign-in (after a world change: PUT /state ends the sandbox's sessions). */
export async function signInGoogleAdmin(eb: ExtensionBrowser): Promise<void> {
  const options = await eb.openExtensionPage('options');
  await (await options.waitForSelector(s.button(s.googleSection, 'Sign in with Google'), ui))?.click();
  await options.waitForSelector(s.googleSignedIn, ui);
  await options.close();
}

/** The options page's Microsoft sign-in: MSAL in its own page, opened for this attempt. */
export async function signInMicrosoftAdmin(eb: ExtensionBrowser): Promise<void> {
  const options = await eb.openExtensionPage('options');
  const opened = eb.browser.waitForTarget((target) => target.url().split('?')[0]?.endsWith('/microsoft-signin.html') === true, ui);
  await (await options.waitForSelector(s.button(s.microsoftSection, 'Sign in with Microsoft'), ui))?.click();
  const page = await (await opened).page();
  if (!page) throw new Error('the Microsoft sign-in page did not open');
  await page.waitForSelector(s.microsoftDone, ui);
  await options.waitForSelector(s.microsoftSignedIn, ui);
  await Promise.all([page.close(), options.close()]);
}

/**
 * "Sync now" clicked in the side panel as a user does, proven by HubSpot list requests after the
 * click (a pass the admin sign-in started is replaced, not joined), then the end of that pass.
 */
export async function syncNow(eb: ExtensionBrowser, sandbox: RunningSandbox): Promise<void> {
  const page = await openSyncPanel(eb);
  const since = new Date().toISOString();
  await clickSyncNow(page, sandbox);
  await waitForSyncEnd(eb, { since });
  await page.close();
}

export async function readAudit(worker: WebWorker): Promise<AuditEntry[]> {
  return readRecords<AuditEntry>(worker, 'audit');
}

export async function readGrants(worker: WebWorker): Promise<ProviderGrant[]> {
  return readRecords<ProviderGrant>(worker, 'grants');
}
