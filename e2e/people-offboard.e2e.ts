/**
 * Offboarding from the People page, in Swedish, as an admin does it: Hannah — a connected personal
 * Gmail mailbox, a team channel she connected and HubSpot's access to her Workspace mailbox — found
 * in the list and offboarded through one plan: the prerequisites confirmed, the channel deleted on
 * HubSpot's Channels page, the browser restarted mid-plan, the grant deleted through Google's
 * Admin SDK, the deactivation done on HubSpot's own Users & Teams page (the sandbox's, in Swedish)
 * and verified through the owners API, then the removal with the typed address. Every "gone" is
 * the admin's own click or the extension's own call; the sandbox is the judge. Offboarding
 * yourself is refused in words; so is the last active Super Admin, in each of the five languages.
 */
import type { Page } from 'puppeteer';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTranslator } from '../lib/i18n';
import { catalogs } from '../lib/i18n/all-locales';
import { labelTables } from '../sandbox/hosts/hubspot-app/labels/index';
import { clickAndReload, findByRole } from './harness/aria';
import { useExtensionBrowser } from './harness/fixture';
import { peopleSelectors as s } from './pages/people.page';
import { demoScenario, followStepLink, inboxRow, planSelectors as p } from './pages/plan-flow.page';
import { connectHubSpotAndGoogle, deletesFor, hubspotGrants, lastSeq } from './pages/plan-resume.page';
import { runApiStep } from './pages/plan-team.page';
import { connectHubSpot, waitForSyncEnd } from './pages/sync-panel.page';

/** Swedish as the page renders it (label placeholders filled and quoted). */
const tSv = createTranslator('sv');
const hubspotSv = labelTables.sv;
const HANNAH = { id: '51200241', email: 'hannah.schmidt@nordlicht.example', name: 'Hannah Schmidt' };
const INFO = { address: 'info@nordlicht.example', channelId: '908102', inboxId: '147002' }; // connected by Hannah (demo.json)
const KATRIN = { id: '51200101', email: 'katrin.sommer@nordlicht.example' }; // signed in to the sandbox's HubSpot and to Google as admin
const ui = { timeout: 30_000 } as const;
const poll = { ...ui, polling: 100 } as const;
const DEACTIVATE = 'deactivate-user/deactivate';
const CHANNEL_DELETE = `delete-team-channel/delete@${INFO.address}`;
const REVOKE = `revoke-google-workspace/revoke@${HANNAH.email}`;
const REMOVE = 'remove-user/remove';

/** The UI's language, chosen on the options page. */
async function useLanguage(ctx: ReturnType<typeof useExtensionBrowser>, language: keyof typeof catalogs): Promise<void> {
  const options = await ctx.eb.openExtensionPage('options');
  await options.waitForSelector('select[name=language]', ui);
  await options.select('select[name=language]', language);
  await options.waitForFunction((heading: string) => document.querySelector('#language-heading')?.textContent === heading, poll, catalogs[language]['options.language.heading']);
  await options.close();
}

/** Searches the (virtual) list for the person, as an admin types a name, and opens them. */
async function openPerson(page: Page, email: string): Promise<void> {
  await page.bringToFront();
  // Disabled while the page shows only its remembered first screen: typed once the whole list is in.
  await (await page.waitForSelector(`${s.search}:not([disabled])`, ui))?.type(email);
  await page.waitForFunction((selector: string) => document.querySelector(selector)?.getAttribute('data-shown') === '1', poll, s.count);
  await (await page.waitForSelector(s.openPerson(email), ui))?.click();
  await page.waitForSelector('[data-testid="person"]', ui);
}

/** Confirms the active step (a guided check the admin confirms) until `stop` is the active one; returns the confirmed ids. */
async function confirmUntil(page: Page, stop: string): Promise<string[]> {
  const confirmed: string[] = [];
  for (;;) {
    const step = await page.waitForSelector('[data-testid="plan-step"][data-state="active"]', ui);
    const id = (await step!.evaluate((el) => (el as HTMLElement).dataset.stepId)) ?? '';
    if (id === stop) return confirmed;
    if (confirmed.includes(id)) throw new Error(`step ${id} is still active after its confirmation`);
    await (await page.waitForSelector(p.stepConfirm(id), ui))?.click();
    await page.waitForSelector(`${p.step(id)}:not([data-state="active"])`, ui);
    confirmed.push(id);
  }
}

const stepState = (page: Page, id: string) => page.$eval(p.step(id), (el) => (el as HTMLElement).dataset.state);
const doneBy = async (page: Page, id: string) => {
  await page.waitForSelector(p.stepInState(id, 'done'), { timeout: 60_000 });
  return page.$eval(p.completedBy(id), (el) => (el as HTMLElement).dataset.completedBy);
};

describe('offboarding a person (sv)', () => {
  const ctx = useExtensionBrowser();

  beforeAll(async () => {
    const scenario = demoScenario();
    scenario.portal.language = 'sv';
    // Hannah's personal Gmail mailbox is connected in HubSpot (demo.json has it disabled).
    const inbox = scenario.personalInboxes?.find((i) => i.address === HANNAH.email);
    if (!inbox) throw new Error('demo.json has no personal inbox of Hannah');
    inbox.state = 'connected';
    await ctx.sandbox.putState(scenario);
    // HubSpot's token, then Katrin as Google Workspace admin (the options page's own labels, before the UI turns Swedish).
    await connectHubSpotAndGoogle(ctx.eb);
    await useLanguage(ctx, 'sv');
  });

  it('offboards a person with a personal Gmail mailbox, a team channel and a Workspace grant through one verified plan that survives a browser restart', async () => {
    // HubSpot's Channels page names who connected each channel: the admin opens it once.
    const channels = await ctx.eb.newPage(`https://app.hubspot.com/live-messages-settings/${demoScenario().portal.id}/inboxes/${INFO.inboxId}/channels`);
    await inboxRow(channels, INFO.address);
    let page = await ctx.eb.openExtensionPage('people');
    // The count shows once every user is read (not with the remembered first screen's rows).
    await page.waitForSelector(s.count, ui);
    const count = await page.$eval(s.count, (el) => ({ ...(el as HTMLElement).dataset }));
    expect(Number(count.total)).toBe((await ctx.sandbox.state()).users.length);
    await openPerson(page, HANNAH.email);
    // Her mailboxes: the personal one (HubSpot's access at Google names it) and the channel she connected.
    await page.waitForSelector(s.personMailbox(HANNAH.email), ui);
    await page.waitForSelector(s.personMailbox(INFO.address), ui);
    const kindAndGrant = (address: string) => page.$eval(s.personMailbox(address), (el) => [(el as HTMLElement).dataset.kind, (el as HTMLElement).dataset.grant]);
    expect(await kindAndGrant(HANNAH.email)).toEqual(['personal', 'present']);
    expect((await kindAndGrant(INFO.address))[0]).toBe('team');
    await channels.close();

    await page.bringToFront();
    await (await page.waitForSelector('[data-testid="person-offboard"]', ui))?.click();
    await page.waitForSelector('[data-testid="offboard-dialog"]', ui);
    await (await page.waitForSelector(`[data-testid="offboard-channel"][data-address="${INFO.address}"] [data-testid="offboard-channel-delete"]`, ui))?.click();
    await (await page.waitForSelector('[data-testid="offboard-remove"]', ui))?.click();
    expect(await page.$eval('[data-testid="offboard-remove"]', (el) => (el as HTMLInputElement).checked)).toBe(true);
    await (await page.waitForSelector('[data-testid="offboard-start"]', ui))?.click();
    await page.waitForSelector(`[data-testid="offboard-outcome"][data-user-id="${HANNAH.id}"]:not([data-refused])`, ui);
    await (await page.waitForSelector('[data-testid="offboard-dialog"] [data-testid="dialog-back"]', ui))?.click();
    await page.waitForSelector(p.planWithStatus('running'), ui);
    expect(await page.$eval('#plan-heading', (el) => el.textContent)).toBe(tSv('people.plan.title.offboard-person', { name: HANNAH.name }));
    expect(await page.$$eval('[data-testid="plan-step"]', (els) => els.map((el) => (el as HTMLElement).dataset.stepId))).toEqual([
      'person-records/check', 'person-workflows/review', 'person-meetings/review', 'person-point-of-contact/remove',
      CHANNEL_DELETE, `delete-team-channel/verify@${INFO.address}`, REVOKE, `revoke-google-workspace/verify@${HANNAH.email}`,
      DEACTIVATE, 'deactivate-user/verify', `person-inbox/disconnected@${HANNAH.email}`, REMOVE, 'remove-user/verify', 'final-check/check',
    ]);

    // The prerequisites HubSpot has no API for: the admin confirms each.
    const confirmed = await confirmUntil(page, CHANNEL_DELETE);
    expect(confirmed).toEqual(expect.arrayContaining(['person-workflows/review', 'person-meetings/review', 'person-point-of-contact/remove']));

    // The channel, as chosen: deleted on the inbox's Channels page in Swedish ("Radera" › "Ja, radera"), seen, then checked through the API.
    const hubspotChannels = await followStepLink(ctx.eb, page, CHANNEL_DELETE);
    await hubspotChannels.page.bringToFront();
    await (await findByRole(await inboxRow(hubspotChannels.page, INFO.address), 'button', hubspotSv.deleteChannel)).click();
    await clickAndReload(hubspotChannels.page, await findByRole(hubspotChannels.page, 'button', hubspotSv.yesDelete));
    await page.bringToFront();
    expect(await doneBy(page, `delete-team-channel/verify@${INFO.address}`)).toBe('api');
    expect((await ctx.sandbox.state()).teamChannels?.find((c) => c.id === INFO.channelId)).toMatchObject({ archived: true, active: false });
    await hubspotChannels.page.close();
    await page.waitForSelector(`${p.stepInState(REVOKE, 'active')}`, ui);
    expect(await deletesFor(ctx.sandbox, HANNAH.email)).toEqual([]);

    // The browser quits in the middle of the plan; on the next start the same plan waits at the same step.
    const planId = await page.$eval(p.plan, (el) => (el as HTMLElement).dataset.planId);
    await ctx.eb.restartBrowser();
    page = await ctx.eb.openExtensionPage('people', `user=${HANNAH.id}`);
    await page.bringToFront();
    await page.waitForSelector(p.stepInState(REVOKE, 'active'), ui);
    expect(await page.$eval(p.plan, (el) => (el as HTMLElement).dataset.planId)).toBe(planId);
    for (const id of [...confirmed, CHANNEL_DELETE]) expect(await stepState(page, id), id).toBe('done');

    // HubSpot's access to her Workspace mailbox: Run, confirmed in the dialog, deleted once through the Admin SDK.
    await runApiStep(page, REVOKE);
    expect(await doneBy(page, `revoke-google-workspace/verify@${HANNAH.email}`)).toBe('api');
    expect(await deletesFor(ctx.sandbox, HANNAH.email)).toHaveLength(1);
    expect(await hubspotGrants(ctx.sandbox, HANNAH.email)).toEqual([]);

    // On HubSpot's Users & Teams page, in Swedish: Åtgärder › Avaktivera användare, then the dialog's button.
    await page.waitForSelector(p.stepInState(DEACTIVATE, 'active'), ui);
    const hubspot = await followStepLink(ctx.eb, page, DEACTIVATE);
    // A background tab's clicks wait for a frame that never comes: HubSpot's tab in front.
    await hubspot.page.bringToFront();
    let menuButton;
    for (const tr of await hubspot.page.$$('tr')) {
      if ((await tr.evaluate((el) => el.textContent ?? '')).includes(HANNAH.email)) menuButton = await tr.$('button[aria-haspopup="menu"]');
    }
    expect(menuButton, 'the row of the person on the Users page').toBeTruthy();
    await menuButton!.click();
    await (await findByRole(hubspot.page, 'menuitem', hubspotSv.deactivateUser))?.click();
    const dialog = await hubspot.page.waitForSelector('dialog[open]', ui);
    await (await findByRole(dialog!, 'button', hubspotSv.deactivateUser))?.click();
    await hubspot.page.waitForFunction(() => !document.querySelector('dialog[open]'), poll);

    // Back on the People page: the owners API shows her archived; her personal mailbox went with the deactivation.
    await page.bringToFront();
    expect(await doneBy(page, DEACTIVATE)).toBe('api');
    expect(await doneBy(page, `person-inbox/disconnected@${HANNAH.email}`)).toBe('api');
    const deactivated = await ctx.sandbox.state();
    expect(deactivated.users.find((u) => u.id === HANNAH.id)?.status).toBe('deactivated');
    expect(deactivated.personalInboxes?.find((i) => i.address === HANNAH.email)?.state).toBe('disabled');
    await hubspot.page.close();

    // The removal, chosen in the dialog: Run, her address typed, one DELETE, verified by HubSpot's 404.
    await page.waitForSelector(p.stepInState(REMOVE, 'active'), ui);
    await (await page.waitForSelector(`${p.step(REMOVE)} [data-testid="plan-step-run"]`, ui))?.click();
    const typed = await page.waitForSelector('[data-testid="typed-confirm-dialog"] [data-testid="typed-confirm-input"]', ui);
    await typed!.type(HANNAH.email);
    await (await page.waitForSelector('[data-testid="typed-confirm-dialog"] [data-testid="dialog-confirm"]:not([disabled])', ui))?.click();
    expect(await doneBy(page, 'remove-user/verify')).toBe('api');
    await page.waitForSelector(p.planWithStatus('done'), { timeout: 60_000 });
    const removals = (await ctx.sandbox.requests()).filter((r) => r.method === 'DELETE' && r.path.startsWith('/settings/v3/users'));
    expect(removals.map((r) => r.path.replace(/\/$/, ''))).toEqual([`/settings/v3/users/${HANNAH.id}`]);
    const after = await ctx.sandbox.state();
    expect(after.users.find((u) => u.id === HANNAH.id)?.status).toBe('removed');
    expect(after.personalInboxes?.find((i) => i.address === HANNAH.email)?.state).toBe('removed');
    expect(await deletesFor(ctx.sandbox, HANNAH.email)).toHaveLength(1);

    // The audit log of the person and her mailboxes: who did what, and how each step was verified.
    const audit = await page.$$eval(p.auditEntry, (entries) => entries.map((e) => (e as HTMLElement).dataset.action ?? ''));
    expect(audit).toEqual(expect.arrayContaining(['plan.start', 'step.confirmed', 'step.intent', 'step.result', 'step.verify', 'plan.done']));
    expect(ctx.eb.consoleErrors(page)).toEqual([]);
  }, 240_000); // a browser restart on a loaded 2-core runner takes a while

  it('refuses to offboard yourself, saying why', async () => {
    // Who "you" are comes from HubSpot's own settings pages (no API names the token's user): the
    // guide reads the signed-in user there, and the person page then offers "remove yourself".
    const scenario = demoScenario();
    const since = await lastSeq(ctx.sandbox); // the file's earlier test removed Hannah
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
    expect((await ctx.sandbox.requests()).filter((r) => r.seq > since && r.method === 'DELETE' && r.path.startsWith('/settings/v3/users'))).toEqual([]);
  });
});

describe('the last active Super Admin (every language)', () => {
  const ctx = useExtensionBrowser();

  it('is refused in words, before any plan or call, in sv, en, de, nl and pl', async () => {
    // Oliver, the other Super Admin, is deactivated; no HubSpot page has shown who is signed in, so Katrin is not "yourself".
    const scenario = demoScenario();
    scenario.portal.language = 'sv';
    const oliver = scenario.users.find((u) => u.id === '51200108');
    if (!oliver) throw new Error('demo.json has no Oliver');
    oliver.status = 'deactivated';
    await ctx.sandbox.putState(scenario);
    const since = new Date().toISOString();
    await connectHubSpot(ctx.eb, scenario);
    await waitForSyncEnd(ctx.eb, { since });

    for (const language of ['sv', 'en', 'de', 'nl', 'pl'] as const) {
      await useLanguage(ctx, language);
      const page = await ctx.eb.openExtensionPage('people', `user=${KATRIN.id}`);
      await page.bringToFront();
      await (await page.waitForSelector('[data-testid="person-offboard"]', ui))?.click();
      await (await page.waitForSelector('[data-testid="offboard-start"]', ui))?.click();
      const outcome = await page.waitForSelector(`[data-testid="offboard-outcome"][data-user-id="${KATRIN.id}"][data-refused="last-super-admin"]`, ui);
      expect(await outcome!.evaluate((el) => el.textContent ?? ''), language).toContain(createTranslator(language)('people.refusal.last-super-admin'));
      expect(await page.$(p.plan), language).toBeNull();
      await page.close();
    }
    expect((await ctx.sandbox.requests()).filter((r) => r.method === 'DELETE' && r.path.startsWith('/settings/v3/users'))).toEqual([]);
  });
});
