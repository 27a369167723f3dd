import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ElementHandle, Page } from 'puppeteer';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Language, Scenario } from '../sandbox/core/scenario';
import { CONNECTIONS_LABELS } from '../sandbox/hosts/google/connections-labels';
import { labelTables } from '../sandbox/hosts/hubspot-app/labels/index';
import { clickAndReload, findByRole } from './harness/aria';
import { readRecords } from './harness/extension-db';
import { useExtensionBrowser } from './harness/fixture';
import { repoRoot } from './harness/paths';
import { authSelectors, submitHubSpotToken, waitFor } from './pages/auth-options.page';
import { waitForNewest } from './pages/observations.page';
import { HUBSPOT_STEPS, openPlanPanel, planSelectors, removeInbox, startPlan } from './pages/plan-flow.page';

/**
 * The guide highlights the current plan step's button on HubSpot's Connected emails page in the
 * page's language, follows the confirm dialog, and the step completes on what the observers saw;
 * a page whose label changed gets plain instructions and a side panel button instead.
 */
const ctx = useExtensionBrowser();
const worker = () => ctx.eb.worker();
const demo = (): Scenario => JSON.parse(readFileSync(path.join(repoRoot, 'sandbox/scenarios/demo.json'), 'utf8')) as Scenario;
const scriptErrors = (page: Page) => ctx.eb.consoleErrors(page).filter((e) => !e.startsWith('Failed to load resource'));

interface StoredStep { id: string; state: string; completedBy?: string }
interface StoredPlan { id: string; subject: string; status: string; steps: StoredStep[] }

async function readPlans(): Promise<StoredPlan[]> {
  return readRecords<StoredPlan>(await worker(), 'plans');
}

/** Starts the plan as a user does: the mailbox's detail in the side panel, "Start unlinking". */
async function startPlanByClick(address: string): Promise<string> {
  const panel = await openPlanPanel(ctx.eb, address);
  const planId = await startPlan(panel);
  await panel.close();
  return planId;
}

async function rowOf(page: Page, address: string): Promise<ElementHandle> {
  for (const row of await page.$$('::-p-aria([role="row"])')) {
    if (await row.evaluate((el, a) => (el.textContent ?? '').toLowerCase().includes(a), address)) return row as ElementHandle;
  }
  throw new Error(`no row shows ${address}`);
}

/** The guide's banner: found in its closed shadow root through the accessibility tree. */
const banner = (page: Page) => findByRole(page, 'status', 'Inboxlink', 15_000);

/** True when the guide's outline box sits around `target` (within a few pixels). */
async function outlined(target: ElementHandle): Promise<boolean> {
  const page = target.frame.page();
  const shown = await banner(page);
  const box = await shown.evaluate((el) => {
    const outline = (el.getRootNode() as ShadowRoot).querySelector<HTMLElement>('.box');
    if (!outline || outline.hidden) return undefined;
    const r = outline.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  });
  const rect = await target.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  });
  if (!box) return false;
  const near = (a: number, b: number) => Math.abs(a - b) <= 6;
  return near(box.left, rect.left - 4) && near(box.top, rect.top - 4) && near(box.right, rect.right + 4) && near(box.bottom, rect.bottom + 4);
}

async function waitOutlined(find: () => Promise<ElementHandle>): Promise<void> {
  await waitFor(async () => outlined(await find()), Boolean, 15_000);
  expect(await outlined(await find())).toBe(true);
}

beforeAll(async () => {
  const options = await ctx.eb.openExtensionPage('options');
  await submitHubSpotToken(options, 'demo-token-full');
  await options.waitForSelector(authSelectors.hubspotConnected, { timeout: 15_000 });
  await options.close();
});

for (const language of ['de', 'sv'] as const satisfies readonly Language[]) {
  describe(`guide highlight on Connected emails (${language})`, () => {
    const address = `katrin.guide-${language}@nordlicht.example`;
    const t = labelTables[language];

    it('outlines the localized Disable, then the dialog\'s confirm; the step completes as observed', async () => {
      const scenario = demo();
      scenario.portal.language = language;
      scenario.personalInboxes?.push({ userId: scenario.signedIn?.hubspotUserId ?? '', address, provider: 'google', state: 'connected' });
      await ctx.sandbox.putState(scenario);
      const url = `https://${scenario.portal.uiHost ?? 'app.hubspot.com'}/settings/${scenario.portal.id}/user-preferences/email`;
      const since = new Date().toISOString();
      const page = await ctx.eb.newPage(url);
      const query = { kind: 'crm-personal-inbox' as const, address, host: new URL(url).hostname, since };
      await waitForNewest(worker, query, { state: 'connected' });

      const planId = await startPlanByClick(address);
      await page.reload({ waitUntil: 'load' });
      const disable = async () => findByRole(await rowOf(page, address), 'button', t.disable);
      await waitOutlined(disable);
      const explained = await (await banner(page)).evaluate((el) => el.textContent ?? '');
      expect(explained).toContain(address);
      // The explanation quotes the buttons as this page shows them, not in the extension's language.
      expect(explained).toContain(`“${t.disable}”`);
      expect(explained).toContain(`“${t.yesDisable}”`);
      expect(explained).not.toContain(labelTables.en.yesDisable);
      await ctx.eb.screenshot(page, `disable-${language}`);
      // The side panel, away from the page, quotes the buttons as the page was seen, with the
      // extension's own words beside them (the guide reported the page's language before the banner).
      const panel = await openPlanPanel(ctx.eb, address);
      const step = await panel.waitForSelector(planSelectors.step(HUBSPOT_STEPS.disable));
      const quoted = `“${t.disable}” (${labelTables.en.disable})`;
      const shownInPanel = await waitFor(async () => step?.evaluate((el) => el.textContent ?? ''), (text) => text?.includes(quoted) === true, 15_000);
      expect(shownInPanel).toContain(quoted);
      expect(shownInPanel).toContain(`“${t.yesDisable}” (${labelTables.en.yesDisable})`);
      await ctx.eb.screenshot(panel, `panel-quotes-${language}`);
      await panel.close();

      await (await disable()).click();
      const yes = () => findByRole(page, 'button', t.yesDisable);
      await waitOutlined(yes);
      await ctx.eb.screenshot(page, `yes-disable-${language}`);
      await clickAndReload(page, await yes());
      await waitForNewest(worker, query, { state: 'disabled' });

      const plan = await waitFor(async () => (await readPlans()).find((p) => p.id === planId), (p) => p?.steps.find((s) => s.id === 'disconnect-personal-inbox/disable')?.state === 'done');
      expect(plan?.steps.find((s) => s.id === 'disconnect-personal-inbox/disable')).toMatchObject({ state: 'done', completedBy: 'observed' });
      // The next step's button is outlined on the same page.
      await waitOutlined(async () => findByRole(await rowOf(page, address), 'button', t.remove));
      expect(scriptErrors(page)).toEqual([]);
      await page.close();
    });

    it('falls back to plain instructions when the label is gone, without breaking the page', async () => {
      // Its own mailbox and plan (not the previous test's), at the step whose button HubSpot renames: Remove.
      const own = `katrin.fallback-${language}@nordlicht.example`;
      const scenario = demo();
      scenario.portal.language = language;
      scenario.personalInboxes?.push({ userId: scenario.signedIn?.hubspotUserId ?? '', address: own, provider: 'google', state: 'disabled' });
      await ctx.sandbox.putState(scenario);
      const url = `https://${scenario.portal.uiHost ?? 'app.hubspot.com'}/settings/${scenario.portal.id}/user-preferences/email`;
      const since = new Date().toISOString();
      const page = await ctx.eb.newPage(url);
      await waitForNewest(worker, { kind: 'crm-personal-inbox', address: own, host: new URL(url).hostname, since }, { state: 'disabled' });
      await startPlanByClick(own);
      await page.reload({ waitUntil: 'load' });
      await waitOutlined(async () => findByRole(await rowOf(page, own), 'button', t.remove));
      // HubSpot renames the button: the guide cannot find it any more.
      await page.evaluate((label) => document.querySelectorAll('button').forEach((b) => { if (b.textContent === label) b.textContent = 'Something new'; }), t.remove);
      const shown = await banner(page);
      await waitFor(async () => shown.evaluate((el) => el.querySelector('button')?.hidden === false), Boolean, 15_000);
      expect(await shown.evaluate((el) => el.querySelector('button')?.hidden)).toBe(false);
      expect(await shown.evaluate((el) => (el.getRootNode() as ShadowRoot).querySelector<HTMLElement>('.box')?.hidden)).toBe(true);
      expect(await shown.evaluate((el) => el.textContent ?? '')).toContain(own);
      // The page still works: its own dialog still opens.
      await (await findByRole(await rowOf(page, own), 'button', 'Something new')).click();
      await findByRole(page, 'button', t.yesRemoveInbox);
      await ctx.eb.screenshot(page, `fallback-${language}`);
      expect(scriptErrors(page)).toEqual([]);
      await page.close();
    });
  });
}

describe('guide highlight on Google third-party connections (de)', () => {
  it('outlines HubSpot\'s entry, "Zugriffsrechte entfernen", then "Bestätigen"; the step completes as observed', async () => {
    const labels = CONNECTIONS_LABELS.de;
    const scenario = demo();
    scenario.portal.language = 'de';
    const account = scenario.signedIn?.google ?? '';
    // HubSpot's side first: the account's inbox seen disabled, then removed by the user's own click on
    // the page (a row merely missing proves nothing), so the plan starts at Google.
    scenario.personalInboxes?.forEach((inbox) => { if (inbox.address === account) inbox.state = 'disabled'; });
    await ctx.sandbox.putState(scenario);
    const emails = `https://app.hubspot.com/settings/${scenario.portal.id}/user-preferences/email`;
    const since = new Date().toISOString();
    const hubspot = await ctx.eb.newPage(emails);
    const query = { kind: 'crm-personal-inbox' as const, address: account, host: 'app.hubspot.com', since };
    await waitForNewest(worker, query, { state: 'disabled' });
    await removeInbox(hubspot, account, 'de');
    await waitForNewest(worker, query, { state: 'removed' });
    await hubspot.close();

    const planId = await startPlanByClick(account);
    const stepId = 'revoke-google-consumer/remove-access';
    const page = await ctx.eb.newPage('https://myaccount.google.com/connections');
    await waitOutlined(() => findByRole(page, 'link', 'HubSpot'));
    await Promise.all([page.waitForNavigation(), (await findByRole(page, 'link', 'HubSpot')).click()]);
    await waitOutlined(() => findByRole(page, 'button', labels.removeAccess));
    const explained = await (await banner(page)).evaluate((el) => el.textContent ?? '');
    expect(explained).toContain(`“${labels.removeAccess}”`);
    expect(explained).not.toContain(CONNECTIONS_LABELS.en.removeAccess);
    await clickAndReload(page, await findByRole(page, 'button', labels.removeAccess));
    await waitOutlined(() => findByRole(page, 'button', labels.confirm));
    await ctx.eb.screenshot(page, 'google-confirm-de');
    await clickAndReload(page, await findByRole(page, 'button', labels.confirm));

    const plan = await waitFor(async () => (await readPlans()).find((p) => p.id === planId), (p) => p?.steps.find((s) => s.id === stepId)?.state === 'done');
    expect(plan?.steps.find((s) => s.id === stepId)).toMatchObject({ state: 'done', completedBy: 'observed' });
    expect(scriptErrors(page)).toEqual([]);
    await page.close();
  });
});
