import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ElementHandle, Page } from 'puppeteer';
import type { Language, Scenario } from '../../sandbox/core/scenario';
import { labelTables } from '../../sandbox/hosts/hubspot-app/labels/index';
import { clickAndReload, findByRole } from '../harness/aria';
import type { ExtensionSession } from '../harness/session';
import { repoRoot } from '../harness/paths';
import { authSelectors, submitHubSpotToken } from './auth-options.page';

/**
 * An unlink plan driven as a user drives it: HubSpot connected in the options, the side panel's
 * checklist (components/plan/README.md selectors), the step's deep link followed into a real tab,
 * and HubSpot's Connected emails page clicked by role and visible label in the portal's language.
 * Shared by the per-flow e2e files (plan-flows-*.e2e.ts).
 */

const ui = { timeout: 20_000 };

/** The side panel's plan contract (components/plan/README.md). */
export const planSelectors = {
  start: '[data-testid="plan-start"]',
  plan: '[data-testid="plan"]',
  planWithStatus: (status: string) => `[data-testid="plan"][data-status="${status}"]`,
  step: (id: string) => `[data-testid="plan-step"][data-step-id="${id}"]`,
  stepInState: (id: string, state: string) => `[data-testid="plan-step"][data-step-id="${id}"][data-state="${state}"]`,
  stepLink: (id: string) => `[data-testid="plan-step"][data-step-id="${id}"] [data-testid="plan-step-link"]`,
  stepConfirm: (id: string) => `[data-testid="plan-step"][data-step-id="${id}"] [data-testid="plan-step-confirm"]`,
  completedBy: (id: string) => `[data-testid="plan-step"][data-step-id="${id}"] [data-testid="plan-step-completed-by"]`,
  handoff: '[data-testid="handoff"]',
  handoffSubject: '[data-testid="handoff-subject"]',
  handoffBody: '[data-testid="handoff-body"]',
  handoffCopy: '[data-testid="handoff-copy"]',
  handoffMailto: '[data-testid="handoff-mailto"]',
  auditEntry: '[data-testid="audit-entry"]',
} as const;

/** The HubSpot side's steps (lib/plans/flows/disconnect-personal-inbox.ts). */
export const HUBSPOT_STEPS = { disable: 'disconnect-personal-inbox/disable', remove: 'disconnect-personal-inbox/remove' } as const;
export const FINAL_CHECK = 'final-check/check';

/** One step as the checklist shows it. */
export interface ShownStep {
  id: string;
  state: string;
  kind: string;
  completedBy?: string;
}

// ---- The world ----

export function demoScenario(): Scenario {
  return JSON.parse(readFileSync(path.join(repoRoot, 'sandbox/scenarios/demo.json'), 'utf8')) as Scenario;
}

/**
 * The demo world seen by the person who owns `address`: signed in to HubSpot as that inbox's
 * user (Connected emails lists only one's own inboxes), in `language`, with `signedIn` extras
 * (e.g. `{ google: address }` for Google's account pages).
 */
export function worldOfInboxOwner(address: string, language: Language, signedIn: Scenario['signedIn'] = {}): Scenario {
  const scenario = demoScenario();
  const inbox = scenario.personalInboxes?.find((i) => i.address === address);
  if (!inbox) throw new Error(`demo.json has no personal inbox ${address}`);
  scenario.portal.language = language;
  scenario.signedIn = { ...scenario.signedIn, ...signedIn, hubspotUserId: inbox.userId };
  return scenario;
}

export function connectedEmailsUrl(scenario: Scenario): string {
  return `https://${scenario.portal.uiHost ?? 'app.hubspot.com'}/settings/${scenario.portal.id}/user-preferences/email`;
}

/** Connects HubSpot in the options page with a token, as a user pastes it. */
export async function connectHubSpot(eb: ExtensionSession, token = 'demo-token-full'): Promise<void> {
  const options = await eb.openExtensionPage('options');
  await submitHubSpotToken(options, token);
  await options.waitForSelector(authSelectors.hubspotConnected, ui);
  await options.close();
}

// ---- The side panel ----

/** The side panel on the mailbox's detail (`sidepanel.html?mailbox=<address>`). */
export async function openPlanPanel(eb: ExtensionSession, address: string): Promise<Page> {
  const panel = await eb.openExtensionPage('sidepanel', `mailbox=${encodeURIComponent(address)}`);
  await panel.waitForSelector('[data-testid="plan-section"]', ui);
  return panel;
}

/** Clicks Start unlinking and waits for the running checklist; returns the plan id. */
export async function startPlan(panel: Page): Promise<string> {
  await (await panel.waitForSelector(planSelectors.start, ui))?.click();
  const plan = await panel.waitForSelector(planSelectors.planWithStatus('running'), ui);
  const id = await plan?.evaluate((el) => (el as HTMLElement).dataset.planId);
  if (!id) throw new Error('the checklist shows no plan id');
  return id;
}

/** Waits until the step shows `state` in the checklist. */
export async function waitForStep(panel: Page, stepId: string, state: string, timeoutMs = ui.timeout): Promise<void> {
  await panel.waitForSelector(planSelectors.stepInState(stepId, state), { timeout: timeoutMs }).catch(async (error: unknown) => {
    throw new Error(`step ${stepId} never showed "${state}"; the checklist: ${JSON.stringify(await shownSteps(panel))} (${String(error)})`);
  });
}

/** Waits until the whole plan shows `status` (running, done, cancelled, failed). */
export async function waitForPlanStatus(panel: Page, status: string, timeoutMs = ui.timeout): Promise<void> {
  await panel.waitForSelector(planSelectors.planWithStatus(status), { timeout: timeoutMs }).catch(async (error: unknown) => {
    throw new Error(`the plan never showed "${status}"; the checklist: ${JSON.stringify(await shownSteps(panel))} (${String(error)})`);
  });
}

/** How the checklist says a done step completed (observed, confirmed, api), or undefined. */
export async function completedBy(panel: Page, stepId: string): Promise<string | undefined> {
  const shown = await panel.$(planSelectors.completedBy(stepId));
  return shown ? shown.evaluate((el) => (el as HTMLElement).dataset.completedBy) : undefined;
}

/** Every step of the checklist in order, with its state and how it completed. */
export async function shownSteps(panel: Page): Promise<ShownStep[]> {
  return panel.$$eval('[data-testid="plan-step"]', (items) =>
    items.map((item) => {
      const el = item as HTMLElement;
      const by = el.querySelector<HTMLElement>('[data-testid="plan-step-completed-by"]')?.dataset.completedBy;
      return { id: el.dataset.stepId ?? '', state: el.dataset.state ?? '', kind: el.dataset.kind ?? '', ...(by ? { completedBy: by } : {}) };
    }),
  );
}

/** The audit log's actions as the side panel lists them (newest first). */
export async function auditActions(panel: Page): Promise<string[]> {
  return panel.$$eval(planSelectors.auditEntry, (rows) => rows.map((r) => (r as HTMLElement).dataset.action ?? ''));
}

/** A tab the extension opened, with its console errors collected from its first load. */
export interface OpenedTab {
  page: Page;
  /** console.error calls and uncaught errors, without failed resource loads (the sandbox has no favicon). */
  scriptErrors(): string[];
}

/**
 * Clicks the step's deep link in the checklist as a user does (it opens a new tab) and returns
 * that tab once loaded at the link's address.
 */
export async function followStepLink(eb: ExtensionSession, panel: Page, stepId: string): Promise<OpenedTab> {
  const link = await panel.waitForSelector(planSelectors.stepLink(stepId), ui);
  if (!link) throw new Error(`step ${stepId} shows no link`);
  const href = await link.evaluate((el) => (el as HTMLAnchorElement).href);
  const before = new Set(await eb.browser.pages());
  await link.click();
  const page = await eb.tabOpenedFromExtension(href, before);
  await page.waitForFunction(() => document.readyState === 'complete', ui);
  // The harness collected this tab's console from its first load, though a click opened it.
  return { page, scriptErrors: () => eb.consoleErrors(page).filter((e) => !e.startsWith('Failed to load resource')) };
}

// ---- HubSpot's Connected emails page ----

/** The table row that shows `address`, found as a person scans the rows. */
export async function inboxRow(page: Page, address: string): Promise<ElementHandle> {
  for (const row of await page.$$('::-p-aria([role="row"])')) {
    if (await row.evaluate((el, a) => (el.textContent ?? '').toLowerCase().includes(a), address.toLowerCase())) return row as ElementHandle;
  }
  throw new Error(`no row shows ${address}`);
}

/** The row's text (address, provider, status), or undefined when no row shows the address. */
export async function inboxRowText(page: Page, address: string): Promise<string | undefined> {
  const row = await inboxRow(page, address).catch(() => undefined);
  return row?.evaluate((el) => el.textContent ?? '');
}

/** "Disable" in the inbox's row → "Yes, disable"; waits for the reloaded row to show "Disabled". */
export async function disableInbox(page: Page, address: string, language: Language): Promise<void> {
  const t = labelTables[language];
  await (await findByRole(await inboxRow(page, address), 'button', t.disable)).click();
  await clickAndReload(page, await findByRole(page, 'button', t.yesDisable));
  const text = await inboxRowText(page, address);
  if (!text?.includes(t.statusDisabled)) throw new Error(`the row of ${address} does not show "${t.statusDisabled}": ${text ?? 'no row'}`);
}

/** "Remove" in the (disabled) inbox's row → "Yes, remove inbox"; waits for the row to be gone. */
export async function removeInbox(page: Page, address: string, language: Language): Promise<void> {
  const t = labelTables[language];
  await (await findByRole(await inboxRow(page, address), 'button', t.remove)).click();
  await clickAndReload(page, await findByRole(page, 'button', t.yesRemoveInbox));
  const left = await inboxRowText(page, address);
  if (left !== undefined) throw new Error(`the row of ${address} is still listed: ${left}`);
}
