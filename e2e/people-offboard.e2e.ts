/**
 * Offboarding one person from the People page, in Swedish, as an admin does it: the person found
 * in the list, the plan started from their page, the prerequisites confirmed, the deactivation
 * done on HubSpot's own Users & Teams page (the sandbox's, in Swedish) and verified through the
 * owners API; the audit log says so. Offboarding yourself is refused in words.
 */
import type { Page } from 'puppeteer';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTranslator } from '../lib/i18n';
import { catalogs } from '../lib/i18n/all-locales';
import { labelTables } from '../sandbox/hosts/hubspot-app/labels/index';
import { findByRole } from './harness/aria';
import { useExtensionBrowser } from './harness/fixture';
import { peopleSelectors as s } from './pages/people.page';
import { demoScenario, followStepLink, planSelectors as p } from './pages/plan-flow.page';
import { connectHubSpot, waitForSyncEnd } from './pages/sync-panel.page';

const sv = catalogs.sv;
/** Swedish as the page renders it (label placeholders filled and quoted). */
const tSv = createTranslator('sv');
const hubspotSv = labelTables.sv;
const MARTA = { id: '51200136', email: 'marta.kowalska@nordlicht.example', name: 'Marta Kowalska' };
const KATRIN = { id: '51200101', email: 'katrin.sommer@nordlicht.example' }; // signed in to the sandbox's HubSpot
const ui = { timeout: 30_000 } as const;
const DEACTIVATE = 'deactivate-user/deactivate';

/** Searches the (virtual) list for the person, as an admin types a name, and opens them. */
async function openPerson(page: Page, email: string): Promise<void> {
  await (await page.waitForSelector(s.search, ui))?.type(email);
  await page.waitForFunction((selector: string) => document.querySelector(selector)?.getAttribute('data-shown') === '1', ui, s.count);
  await (await page.waitForSelector(s.openPerson(email), ui))?.click();
  await page.waitForSelector('[data-testid="person"]', ui);
}

/** Confirms the active step when it is one the admin confirms (a guided check); returns its id. */
async function confirmActive(page: Page): Promise<string> {
  const step = await page.waitForSelector('[data-testid="plan-step"][data-state="active"]', ui);
  const id = (await step!.evaluate((el) => (el as HTMLElement).dataset.stepId)) ?? '';
  if (id === DEACTIVATE) return id;
  await (await page.waitForSelector(p.stepConfirm(id), ui))?.click();
  await page.waitForSelector(`${p.step(id)}:not([data-state="active"])`, ui);
  return id;
}

describe('offboarding a person (sv)', () => {
  const ctx = useExtensionBrowser();

  beforeAll(async () => {
    const scenario = demoScenario();
    scenario.portal.language = 'sv';
    await ctx.sandbox.putState(scenario);
    const options = await ctx.eb.openExtensionPage('options');
    await options.waitForSelector('select[name=language]', ui);
    await options.select('select[name=language]', 'sv');
    await options.waitForFunction((heading: string) => document.querySelector('#language-heading')?.textContent === heading, ui, sv['options.language.heading']);
    await options.close();
    const since = new Date().toISOString();
    await connectHubSpot(ctx.eb, scenario);
    await waitForSyncEnd(ctx.eb, { since });
  });

  it('lists every user, and deactivates one through a verified plan that survives a browser restart', async () => {
    let page = await ctx.eb.openExtensionPage('people');
    await page.waitForSelector(s.anyRow, ui);
    const count = await page.$eval(s.count, (el) => ({ ...(el as HTMLElement).dataset }));
    const state = await ctx.sandbox.state();
    expect(Number(count.total)).toBe(state.users.length);
    await openPerson(page, MARTA.email);
    await (await page.waitForSelector('[data-testid="person-offboard"]', ui))?.click();
    await page.waitForSelector('[data-testid="offboard-dialog"]', ui);
    await (await page.waitForSelector('[data-testid="offboard-start"]', ui))?.click();
    await page.waitForSelector(`[data-testid="offboard-outcome"][data-user-id="${MARTA.id}"]:not([data-refused])`, ui);
    await (await page.waitForSelector('[data-testid="offboard-dialog"] [data-testid="dialog-back"]', ui))?.click();
    await page.waitForSelector(p.planWithStatus('running'), ui);
    expect(await page.$eval('#plan-heading', (el) => el.textContent)).toBe(tSv('people.plan.title.offboard-person', { name: MARTA.name }));

    // The prerequisites HubSpot has no API for: the admin confirms each; then the deactivation waits for HubSpot's page.
    const confirmed: string[] = [];
    for (let id = await confirmActive(page); id !== DEACTIVATE; id = await confirmActive(page)) confirmed.push(id);
    expect(confirmed).toEqual(expect.arrayContaining(['person-workflows/review', 'person-meetings/review', 'person-point-of-contact/remove']));
    expect((await ctx.sandbox.state()).users.find((u) => u.id === MARTA.id)?.status ?? 'active').toBe('active');

    // The browser quits in the middle of the plan; on the next start the same plan waits at the same step.
    const planId = await page.$eval(p.plan, (el) => (el as HTMLElement).dataset.planId);
    await ctx.eb.restartBrowser();
    page = await ctx.eb.openExtensionPage('people', `user=${MARTA.id}`);
    await page.bringToFront();
    await page.waitForSelector(p.stepInState(DEACTIVATE, 'active'), ui);
    expect(await page.$eval(p.plan, (el) => (el as HTMLElement).dataset.planId)).toBe(planId);
    for (const id of confirmed) expect(await page.$eval(p.step(id), (el) => (el as HTMLElement).dataset.state), id).toBe('done');

    // On HubSpot's Users & Teams page, in Swedish: Åtgärder › Avaktivera användare, then the dialog's button.
    const hubspot = await followStepLink(ctx.eb, page, DEACTIVATE);
    // A background tab's clicks wait for a frame that never comes: HubSpot's tab in front.
    await hubspot.page.bringToFront();
    const rows = await hubspot.page.$$('tr');
    let menuButton;
    for (const tr of rows) {
      if ((await tr.evaluate((el) => el.textContent ?? '')).includes(MARTA.email)) menuButton = await tr.$('button[aria-haspopup="menu"]');
    }
    expect(menuButton, 'the row of the person on the Users page').toBeTruthy();
    await menuButton!.click();
    await (await findByRole(hubspot.page, 'menuitem', hubspotSv.deactivateUser))?.click();
    const dialog = await hubspot.page.waitForSelector('dialog[open]', ui);
    await (await findByRole(dialog!, 'button', hubspotSv.deactivateUser))?.click();
    await hubspot.page.waitForFunction((id: string) => !document.querySelector(`dialog[open]`) && Boolean(id), ui, MARTA.id);

    // Back on the People page: the plan checks the owners API and finishes.
    await page.bringToFront();
    await page.waitForSelector(p.planWithStatus('done'), { timeout: 60_000 });
    expect(await page.$eval(p.completedBy(DEACTIVATE), (el) => (el as HTMLElement).dataset.completedBy)).toBe('api');
    await page.waitForSelector(s.person('deactivated'), ui);
    const after = await ctx.sandbox.state();
    expect(after.users.find((u) => u.id === MARTA.id)?.status).toBe('deactivated');
    const audit = await page.$$eval(p.auditEntry, (entries) => entries.map((e) => (e as HTMLElement).dataset.action ?? ''));
    expect(audit).toEqual(expect.arrayContaining(['plan.start', 'step.confirmed', 'plan.done']));
    expect(ctx.eb.consoleErrors(page)).toEqual([]);
  }, 120_000); // a browser restart on a loaded 2-core runner takes a while

  it('refuses to offboard yourself, saying why', async () => {
    // Who "you" are comes from HubSpot's own settings pages (no API names the token's user): the
    // guide reads the signed-in user there, and the person page then offers "remove yourself".
    const scenario = demoScenario();
    const settings = await ctx.eb.newPage(`https://app.hubspot.com/settings/${scenario.portal.id}/users`);
    await settings.waitForSelector('h1', ui);
    const page = await ctx.eb.openExtensionPage('people', `user=${KATRIN.id}`);
    await page.bringToFront();
    await page.waitForSelector('[data-testid="person-remove-me"]', ui);
    await (await page.waitForSelector('[data-testid="person-offboard"]', ui))?.click();
    await (await page.waitForSelector('[data-testid="offboard-start"]', ui))?.click();
    const outcome = await page.waitForSelector(`[data-testid="offboard-outcome"][data-user-id="${KATRIN.id}"][data-refused]`, ui);
    const text = await outcome!.evaluate((el) => el.textContent ?? '');
    expect(text).toContain(tSv('people.refusal.self'));
    expect((await ctx.sandbox.requests()).filter((r) => r.method === 'DELETE' && r.path.startsWith('/settings/v3/users'))).toEqual([]);
  });
});

describe('the last active Super Admin (sv)', () => {
  const ctx = useExtensionBrowser();

  it('is refused in words, before any plan or call', async () => {
    // Oliver, the other Super Admin, is deactivated; no HubSpot page has shown who is signed in, so Katrin is not "yourself".
    const scenario = demoScenario();
    scenario.portal.language = 'sv';
    const oliver = scenario.users.find((u) => u.id === '51200108');
    if (!oliver) throw new Error('demo.json has no Oliver');
    oliver.status = 'deactivated';
    await ctx.sandbox.putState(scenario);
    const options = await ctx.eb.openExtensionPage('options');
    await options.waitForSelector('select[name=language]', ui);
    await options.select('select[name=language]', 'sv');
    await options.waitForFunction((heading: string) => document.querySelector('#language-heading')?.textContent === heading, ui, sv['options.language.heading']);
    await options.close();
    const since = new Date().toISOString();
    await connectHubSpot(ctx.eb, scenario);
    await waitForSyncEnd(ctx.eb, { since });

    const page = await ctx.eb.openExtensionPage('people', `user=${KATRIN.id}`);
    await (await page.waitForSelector('[data-testid="person-offboard"]', ui))?.click();
    await (await page.waitForSelector('[data-testid="offboard-start"]', ui))?.click();
    const outcome = await page.waitForSelector(`[data-testid="offboard-outcome"][data-user-id="${KATRIN.id}"][data-refused="last-super-admin"]`, ui);
    expect(await outcome!.evaluate((el) => el.textContent ?? '')).toContain(tSv('people.refusal.last-super-admin'));
    expect(await page.$(p.plan)).toBeNull();
    expect((await ctx.sandbox.requests()).filter((r) => r.method === 'DELETE' && r.path.startsWith('/settings/v3/users'))).toEqual([]);
  });
});
