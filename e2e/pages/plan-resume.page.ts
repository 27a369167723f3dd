import type { Page, WebWorker } from 'puppeteer';
import type { ExtensionBrowser } from '../harness/browser';
import { writeExtensionDb } from '../harness/extension-db';
import type { RunningSandbox } from '../harness/sandbox';
import type { SlowRule } from '../../sandbox/core/slow-fault';
import { authSelectors as s, submitHubSpotToken } from './auth-options.page';
import { confirmInDialog } from './confirm-dialog.page';
import { waitForSyncEnd } from './sync-panel.page';
import { readCheckpoints, readSyncMeta, waitForDatabase } from './sync-store.page';

/**
 * A Workspace mailbox's unlink plan in the side panel, driven to its Admin SDK revoke and watched
 * across a terminated worker or a restarted browser (e2e/plan-resume.e2e.ts). Selectors are the
 * contract in components/plan/README.md.
 */

export const ui = { timeout: 20_000 };
export const REMOVE_INBOX = 'disconnect-personal-inbox/remove';
export const REVOKE = 'revoke-google-workspace/revoke';
export const GOOGLE_ADMIN = 'admin.googleapis.com';
/** Every Admin SDK tokens call starts with this path; the address follows, percent-encoded. */
export const USERS_PATH = '/admin/directory/v1/users/';

export const planSelectors = {
  plan: '[data-testid="plan"]',
  notice: '[data-testid="plan-notice"]',
  step: (id: string) => `[data-testid="plan-step"][data-step-id="${id}"]`,
  stepIn: (id: string, state: string) => `[data-testid="plan-step"][data-step-id="${id}"][data-state="${state}"]`,
} as const;
const p = planSelectors;

/** The sandbox path of an address's Admin SDK tokens (what the extension's client sends). */
export const tokensPath = (address: string): string => `${USERS_PATH}${encodeURIComponent(address)}/tokens`;

/** x.slowOn (sandbox/scenarios/README.md): the next matching calls are held before Google acts. PUT /state resets sign-ins: call it first. */
export async function holdCalls(sandbox: RunningSandbox, slowOn: SlowRule[]): Promise<void> {
  const world = await sandbox.state();
  await sandbox.putState({ ...world, x: { ...world.x, slowOn } });
}

/**
 * HubSpot with the options page's token form, then the Google Workspace admin (as plans-ui.e2e.ts).
 * The sign-in starts the admin's grant sync at once (issue 12): returns once that job has
 * completed and no pass holds the lease, so no listing of that sync lands in what a test counts.
 * HubSpot's own pass ends first, so that grant sync knows every CRM user and lists each address's
 * tokens exactly once (a test holding an address's listing skips that one).
 */
export async function connectHubSpotAndGoogle(eb: ExtensionBrowser): Promise<void> {
  const options = await eb.openExtensionPage('options');
  await submitHubSpotToken(options, 'demo-token-full');
  await options.waitForSelector(s.hubspotConnected, ui);
  await waitForSyncEnd(eb);
  const since = new Date().toISOString();
  await (await options.waitForSelector(s.button(s.googleSection, 'Sign in with Google'), ui))?.click();
  await options.waitForSelector(s.googleSignedIn, ui);
  await options.close();
  await waitFor(async () => {
    const worker = await eb.worker();
    const synced = (await readCheckpoints(worker)).some((c) => c.job.startsWith('google:tokens:') && (c.lastCompletedAt ?? '') > since);
    return synced && !(await readSyncMeta(worker)).lease;
  }, 'the grant sync the Google sign-in started', 60_000);
}

/**
 * What a visit to HubSpot's Connected emails page would have stored: the mailbox record and a
 * `crm-personal-inbox` observation of it, disabled, written in the extension's origin. The plan's
 * removal is then the user's confirmation, newer than this observation.
 */
export async function seedDisabledMailbox(worker: WebWorker, address: string): Promise<void> {
  await waitForDatabase(worker);
  const now = new Date().toISOString();
  await writeExtensionDb(worker, [
    { store: 'mailboxes', op: 'put', value: { address, provider: 'google', kind: 'personal', portalId: 4480123, firstSeenAt: now, updatedAt: now } },
    { store: 'observations', op: 'add', value: { kind: 'crm-personal-inbox', address, host: 'app.hubspot.com', path: '/settings/4480123/user-preferences/email', value: { state: 'disabled' }, observedAt: now } },
  ]);
}

export async function click(page: Page, selector: string): Promise<void> {
  await (await page.waitForSelector(selector, ui))?.click();
}

/** The side panel on the mailbox's detail (sidepanel.html?mailbox=…). */
export function openPanel(eb: ExtensionBrowser, address: string): Promise<Page> {
  return eb.openExtensionPage('sidepanel', `mailbox=${encodeURIComponent(address)}`);
}

/** Starts the plan in the side panel and confirms HubSpot's side: the revoke is the current step. */
export async function startPlanAtRevoke(eb: ExtensionBrowser, address: string): Promise<{ panel: Page; planId: string }> {
  const panel = await openPanel(eb, address);
  await click(panel, '[data-testid="plan-start"]');
  await panel.waitForSelector(`${p.plan}[data-status="running"]`, ui);
  await click(panel, `${p.step(REMOVE_INBOX)} [data-testid="plan-step-confirm"]`);
  await panel.waitForSelector(`${p.stepIn(REVOKE, 'active')}[aria-current="step"]`, ui);
  return { panel, planId: await planIdOf(panel) };
}

/** Run now, then Confirm in the dialog: the only way the panel sends `run-api` with `confirmed: true`. */
export async function confirmRevoke(panel: Page): Promise<void> {
  await click(panel, `${p.step(REVOKE)} [data-testid="plan-step-run"]`);
  await confirmInDialog(panel);
}

export async function planIdOf(panel: Page): Promise<string> {
  return panel.$eval(p.plan, (el) => (el as HTMLElement).dataset.planId ?? '');
}

export async function stepState(panel: Page, id: string): Promise<string | undefined> {
  return panel.$eval(p.step(id), (el) => (el as HTMLElement).dataset.state);
}

/** The side panel detail's status and its provider side, as lib/status decides them. */
export async function mailboxStatus(panel: Page): Promise<{ status?: string; provider?: string }> {
  return panel.$eval('[data-testid="mailbox-detail"]', (el) => ({
    status: (el as HTMLElement).dataset.inboxlinkStatus,
    provider: el.querySelector<HTMLElement>('[data-testid="provider-side"]')?.dataset.state,
  }));
}

export async function completedBy(panel: Page, id: string): Promise<string | undefined> {
  return panel.$eval(`${p.step(id)} [data-testid="plan-step-completed-by"]`, (el) => (el as HTMLElement).dataset.completedBy);
}

export async function stepActions(panel: Page, id: string): Promise<string[]> {
  return panel.$$eval(`${p.step(id)} .actions button`, (buttons) => buttons.map((b) => (b as HTMLElement).dataset.testid ?? ''));
}

export async function auditActions(panel: Page): Promise<string[]> {
  return panel.$$eval('[data-testid="audit-entry"]', (rows) => rows.map((r) => `${(r as HTMLElement).dataset.action}:${(r as HTMLElement).dataset.result}`));
}

export interface TokenCall {
  seq: number;
  method: string;
  status: number;
}

/** The Admin SDK calls about one address's tokens that reached the sandbox after `since` (seq), oldest first. */
export async function tokenCalls(sandbox: RunningSandbox, address: string, since = 0): Promise<TokenCall[]> {
  const prefix = tokensPath(address);
  return (await sandbox.requests())
    .filter((r) => r.seq > since && r.host === GOOGLE_ADMIN && r.path.startsWith(prefix))
    .map(({ seq, method, status }) => ({ seq, method, status }));
}

export async function deletesFor(sandbox: RunningSandbox, address: string): Promise<TokenCall[]> {
  return (await tokenCalls(sandbox, address)).filter((call) => call.method === 'DELETE');
}

/** The newest logged request's seq (0 when none): later calls have a greater one. */
export async function lastSeq(sandbox: RunningSandbox): Promise<number> {
  return (await sandbox.requests()).at(-1)?.seq ?? 0;
}

/** HubSpot's grants on the address as the sandbox's Google holds them now. */
export async function hubspotGrants(sandbox: RunningSandbox, address: string): Promise<unknown[]> {
  return (await sandbox.state()).providerGrants?.filter((g) => g.address === address && /hubspot/i.test(g.app)) ?? [];
}

/** Polls until `done` holds (what the sandbox does while no worker runs cannot be awaited otherwise). */
export async function waitFor(done: () => Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
