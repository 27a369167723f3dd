import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page, Target } from 'puppeteer';
import type { Scenario } from '../../sandbox/core/scenario';
import type { ExtensionBrowser } from '../harness/browser';
import { readRecord, readRecords, writeExtensionDb } from '../harness/extension-db';
import { repoRoot } from '../harness/paths';
import type { RunningSandbox } from '../harness/sandbox';
import { authSelectors as s, submitHubSpotToken, waitFor } from './auth-options.page';
import { waitForNewest } from './observations.page';

/**
 * The connection-history world (e2e/scenarios/history.json) with its provider events placed
 * relative to now, and the steps that bring it into the extension: HubSpot, each user's Connected
 * emails page, the Google and both Entra admins, one sync. Selectors: components/history/README.md.
 */
export const ui = { timeout: 20_000 };
export const HUBSPOT_TOKEN = 'history-token-9f31c2a7';
export const GOOGLE_CLIENT = '550123456789-hubspotinbox0sales.apps.googleusercontent.com';
export const ADDRESSES = {
  removed: 'ida.berg@nordwind.example',
  idle: 'jonas.kraft@nordwind.example',
  failing: 'tomas.lind@nordwind-nordic.example',
  unlicensed: 'fiona.west@fabrikam-west.example',
  departed: 'karl.former@nordwind.example',
} as const;
export const ENTRA_ADMINS = ['ada.admin@nordwind-nordic.example', 'frank.admin@fabrikam-west.example'];

const DAY = 86_400_000;
export const daysAgo = (days: number, from = Date.now()): string => new Date(from - days * DAY).toISOString();

export interface HistoryWorld {
  scenario: Scenario;
  /** When each stale mailbox went stale, as the world says. */
  revokedAt: string;
  lastGmailUseAt: string;
  firstFailureAt: string;
}

export async function historyWorld(now = Date.now()): Promise<HistoryWorld> {
  const scenario = JSON.parse(await readFile(path.join(repoRoot, 'e2e/scenarios/history.json'), 'utf8')) as Scenario;
  const revokedAt = daysAgo(6, now);
  const lastGmailUseAt = daysAgo(90, now);
  const firstFailureAt = daysAgo(5, now);
  const google = (address: string, kind: 'authorize' | 'revoke' | 'activity', at: string) => ({ provider: 'google' as const, kind, address, at, client: GOOGLE_CLIENT, ...(kind === 'activity' ? { product: 'GMAIL' } : {}) });
  const signIn = (address: string, at: string, errorCode?: number) => ({ provider: 'microsoft365' as const, kind: 'sign-in' as const, address, at, app: 'HubSpot Sales', ...(errorCode ? { errorCode } : {}) });
  scenario.providerEvents = [
    google(ADDRESSES.removed, 'authorize', daysAgo(150, now)),
    ...[20, 12, 8].map((days) => google(ADDRESSES.removed, 'activity', daysAgo(days, now))),
    google(ADDRESSES.removed, 'revoke', revokedAt),
    google(ADDRESSES.idle, 'authorize', daysAgo(170, now)),
    google(ADDRESSES.idle, 'activity', daysAgo(120, now)),
    google(ADDRESSES.idle, 'activity', lastGmailUseAt),
    google('greta.admin@nordwind.example', 'activity', daysAgo(1, now)),
    signIn(ADDRESSES.failing, daysAgo(12, now)),
    signIn(ADDRESSES.failing, firstFailureAt, 50173),
    signIn(ADDRESSES.failing, daysAgo(3, now), 50173),
    signIn(ADDRESSES.failing, daysAgo(1, now), 50173),
    signIn(ADDRESSES.unlicensed, daysAgo(2, now), 50173),
  ];
  scenario.hubspotActivity = [
    { kind: 'security', at: daysAgo(20, now), userId: '61000008', actorUserId: '61000001', type: 'DEACTIVATE_USER' },
    { kind: 'login', at: daysAgo(25, now), userId: '61000008' },
  ];
  return { scenario, revokedAt, lastGmailUseAt, firstFailureAt };
}

/** Each user's own Connected emails page, as they would open it: the guide stores what the row says. */
async function visitConnectedEmails(eb: ExtensionBrowser, sandbox: RunningSandbox, scenario: Scenario): Promise<void> {
  for (const inbox of scenario.personalInboxes ?? []) {
    await sandbox.putState({ ...scenario, signedIn: { ...scenario.signedIn, hubspotUserId: inbox.userId } });
    const since = new Date().toISOString();
    const page = await eb.newPage(`https://app.hubspot.com/settings/${scenario.portal.id}/user-preferences/email`);
    await waitForNewest(() => eb.worker(), { kind: 'crm-personal-inbox', address: inbox.address, host: 'app.hubspot.com', since }, { state: inbox.state });
    await page.close();
  }
  await sandbox.putState(scenario);
}

/** The Entra admin sign-in with nobody signed in at Microsoft: the sign-in screen asks for the address. */
async function signInMicrosoftAdmin(eb: ExtensionBrowser, options: Page, admin: string): Promise<void> {
  const screen = eb.browser.waitForTarget((target: Target) => /login\.microsoftonline\.com\/.*\/oauth2\/v2\.0\/authorize/.test(target.url()), ui);
  await (await options.waitForSelector(s.button(s.microsoftSection, 'Sign in with Microsoft'), ui))?.click();
  const page = await (await screen).page();
  if (!page) throw new Error('the Microsoft sign-in screen did not open');
  await (await page.waitForSelector('#loginfmt', ui))?.type(admin);
  await (await page.waitForSelector('button[value="accept"]', ui))?.click();
  // The proof is the options page listing the admin (the background saved the credential after
  // Graph's /me check). The sign-in tab is not awaited: after launchWebAuthFlow's window, puppeteer's
  // session to that tab stopped answering here (its waits ran into a 30 s timeout).
  await options.bringToFront();
  await options.waitForFunction((selector, who) => [...document.querySelectorAll(selector)].some((el) => el.textContent?.includes(who)), ui, s.microsoftSignedIn, admin);
}

/** Runs `sync/now` from an extension page and waits until a pass that started after `since` has ended. */
export async function syncAndWait(eb: ExtensionBrowser, since: string): Promise<void> {
  const page = await eb.openExtensionPage('sidepanel');
  await (await page.waitForSelector('[data-testid="sync-now"]:not([disabled])', ui))?.click();
  const runs = await waitFor(() => readStore<{ startedAt: string; endedAt: string }>(eb, 'syncRuns'), (all) => all.some((run) => run.startedAt >= since), 60_000);
  if (!runs.some((run) => run.startedAt >= since)) throw new Error('no sync pass ended after the admins signed in');
  await page.close();
}

/** HubSpot, the users' Connected emails pages, the Google and Entra admins, then one full sync. */
export async function bringWorldIn(eb: ExtensionBrowser, sandbox: RunningSandbox, world: HistoryWorld): Promise<void> {
  const scenario = { ...world.scenario, signedIn: { ...world.scenario.signedIn, microsoft: undefined } };
  await sandbox.putState(scenario);
  const options = await eb.openExtensionPage('options');
  await submitHubSpotToken(options, HUBSPOT_TOKEN);
  await options.waitForSelector(s.hubspotConnected, ui);
  await visitConnectedEmails(eb, sandbox, scenario);
  await options.reload();
  await (await options.waitForSelector(s.button(s.googleSection, 'Sign in with Google'), ui))?.click();
  await options.waitForSelector(s.googleSignedIn, ui);
  for (const admin of ENTRA_ADMINS) await signInMicrosoftAdmin(eb, options, admin);
  await options.close();
  await syncAndWait(eb, new Date().toISOString());
}

/** A store's records, read inside the service worker (the extension's origin). */
export async function readStore<T>(eb: ExtensionBrowser, store: string): Promise<T[]> {
  return readRecords<T>(await eb.worker(), store);
}

/** One `meta` value (out-of-line keys), read inside the service worker. */
export async function readMeta<T>(eb: ExtensionBrowser, key: string): Promise<T | undefined> {
  return readRecord<T>(await eb.worker(), 'meta', key);
}

/**
 * The 29 days before today as a past sync would have counted them (the chart needs history; a
 * test world has none). Today's count is the extension's own, from the sync just run.
 */
export async function seedPastSnapshots(eb: ExtensionBrowser): Promise<void> {
  const pad = (n: number) => String(n).padStart(2, '0');
  const snapshots = Array.from({ length: 29 }, (_, index) => {
    const back = 29 - index;
    const date = new Date();
    date.setDate(date.getDate() - back);
    const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
    const broken = back > 20 ? 0 : back > 7 ? 1 : 2;
    const half = back > 15 ? 0 : 1;
    const counts = { linked: 6 - broken - half, broken, 'half-unlinked': half, 'not-linked': 0, unknown: 1 };
    return { store: 'statusSnapshots', op: 'put' as const, value: { day, counts, total: 7, at: date.toISOString() } };
  });
  await writeExtensionDb(await eb.worker(), snapshots);
}

/** A folder the browser saves downloads into, for the files a test clicks to download. */
export async function downloadsInto(page: Page): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), 'inboxlink-report-'));
  const session = await page.createCDPSession();
  await session.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: folder, eventsEnabled: true });
  return folder;
}

/** Waits until a finished file matching `pattern` is in the folder; returns its text. */
export async function downloaded(folder: string, pattern: RegExp): Promise<{ name: string; text: string }> {
  const found = await waitFor(async () => (await readdir(folder)).filter((name) => pattern.test(name) && !name.endsWith('.crdownload')), (names) => names.length > 0, 20_000);
  const name = found[0];
  if (!name) throw new Error(`no download matching ${pattern} in ${folder}`);
  return { name, text: await readFile(path.join(folder, name), 'utf8') };
}

/**
 * A Google mailbox's history as the token-audit job stores it, without a sync (Firefox's run has
 * no Google admin): authorized 150 days ago, used by Gmail 10 days ago, access removed by the user
 * `revokedDaysAgo` days ago; the admin's source read. Records per store, for putRecords.
 */
export function revokedGoogleHistory(address: string, admin: string, now = Date.now(), revokedDaysAgo = 6): { records: Record<string, unknown[]>; revokedAt: string } {
  const syncedAt = new Date(now).toISOString();
  const revokedAt = daysAgo(revokedDaysAgo, now);
  const where = 'admin.googleapis.com/admin/reports/v1/activity/users/all/applications/token';
  const event = (kind: 'authorize' | 'activity' | 'revoke', at: string) => ({
    id: `google-token-audit:${kind}:${at}`, source: 'google-token-audit', address, at, kind, client: GOOGLE_CLIENT, app: 'HubSpot',
    result: kind === 'activity' ? 'success' : 'info', detail: kind === 'activity' ? { product: 'GMAIL' } : {}, where, syncedAt,
  });
  return {
    revokedAt,
    records: {
      mailboxes: [{ address, provider: 'google', kind: 'personal', firstSeenAt: syncedAt, updatedAt: syncedAt }],
      historySources: [{ key: `google-token-audit:${admin}`, source: 'google-token-audit', account: admin, state: 'ok', clients: [GOOGLE_CLIENT], checkedAt: syncedAt, readUntil: syncedAt }],
      historyEvents: [event('authorize', daysAgo(150, now)), event('activity', daysAgo(10, now)), event('revoke', revokedAt)],
    },
  };
}
