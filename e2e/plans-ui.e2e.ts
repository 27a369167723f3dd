/**
 * The unlink plan end to end in Chromium against the sandbox, for a Google Workspace mailbox with
 * HubSpot connected and a Workspace admin signed in. First with HubSpot's side confirmed on a
 * seeded observation, the Admin SDK revoke through the confirm dialog (exactly one DELETE); then
 * the whole plan for real: HubSpot's Connected emails page clicked and observed, the revoke,
 * the verify and the final check, ending with both sides undone in sandbox.test/state. Last, a
 * plan started from the popup's "Start unlinking" lands the side panel on that mailbox's checklist.
 */
import type { Page } from 'puppeteer';
import { describe, expect, it } from 'vitest';
import type { Language, Scenario } from '../sandbox/core/scenario';
import { labelTables } from '../sandbox/hosts/hubspot-app/labels/index';
import { useExtensionBrowser, type E2EContext } from './harness/fixture';
import { mailPages, selectors } from './harness/contract';
import { confirmInDialog, expectFocusInDialog, pressBackdrop } from './pages/confirm-dialog.page';
import { seriousAxeViolations } from './pages/extension-views.page';
import { waitForNewest } from './pages/observations.page';
import { connectHubSpotAndGoogle, seedDisabledMailbox } from './pages/plan-resume.page';
import { sidePanelOpenedBy } from './pages/chip-landing.page';
import { readChip, tabIdOf } from './pages/mail-tab.page';
import { clickStartUnlinking, openPopupForTab, popupNotice, popupSelectors, popupStatus } from './pages/popup-start.page';
import {
  auditActions, completedBy, connectedEmailsUrl, connectHubSpot, disableInbox, FINAL_CHECK, followStepLink, HUBSPOT_STEPS, inboxRowText,
  openPlanPanel, planSelectors, removeInbox, shownSteps, startPlan, waitForPlanStatus, waitForStep, worldOfInboxOwner,
} from './pages/plan-flow.page';

const ui = { timeout: 20_000 };
const ADDRESS = 'hannah.schmidt@nordlicht.example';
const REVOKE = 'revoke-google-workspace/revoke';
const step = (id: string) => `[data-testid="plan-step"][data-step-id="${id}"]`;

/** HubSpot's grants on the address as the sandbox's Google holds them now. */
async function hubspotGrants(ctx: E2EContext, address: string): Promise<NonNullable<Scenario['providerGrants']>> {
  return ((await ctx.sandbox.state()).providerGrants ?? []).filter((g) => g.address === address && /hubspot/i.test(g.app));
}

/** The personal inbox's state in the sandbox's HubSpot (connected, disabled, removed). */
async function inboxState(ctx: E2EContext, address: string): Promise<string | undefined> {
  return ((await ctx.sandbox.state()).personalInboxes ?? []).find((i) => i.address === address)?.state;
}

/** The Admin SDK DELETEs of the address's tokens that reached the sandbox. */
async function deletesOf(ctx: E2EContext, address: string): Promise<unknown[]> {
  return (await ctx.sandbox.requests()).filter((r) => r.method === 'DELETE' && r.path.includes(`/users/${encodeURIComponent(address)}/tokens/`));
}

async function click(page: Page, selector: string): Promise<void> {
  await (await page.waitForSelector(selector, ui))?.click();
}

describe('unlink plan in the side panel', () => {
  const ctx = useExtensionBrowser();

  it('revokes a Workspace grant through the confirm dialog: grant gone, exactly one DELETE', async () => {
    await connectHubSpotAndGoogle(ctx.eb);
    // What a visit to HubSpot's Connected emails page would have stored: Hannah's inbox, disabled.
    await seedDisabledMailbox(await ctx.eb.worker(), ADDRESS);
    const granted = (await ctx.sandbox.state()).providerGrants?.filter((g) => g.address === ADDRESS && /hubspot/i.test(g.app)) ?? [];
    expect(granted).toHaveLength(1);

    const panel = await ctx.eb.openExtensionPage('sidepanel', `mailbox=${encodeURIComponent(ADDRESS)}`);
    await click(panel, '[data-testid="plan-start"]');
    await panel.waitForSelector('[data-testid="plan"][data-status="running"]', ui);
    await click(panel, `${step('disconnect-personal-inbox/remove')} [data-testid="plan-step-confirm"]`);
    await panel.waitForSelector(`${step(REVOKE)}[data-state="active"]`, ui);

    // Back first: nothing may reach Google without the confirmation. The dialog holds the focus as
    // it opens, and keeps it through a press on its backdrop (where a click for a control behind it
    // lands); its back button is taken from the keyboard, where it is wherever the dialog grows to.
    await click(panel, `${step(REVOKE)} [data-testid="plan-step-run"]`);
    await expectFocusInDialog(panel);
    await panel.waitForSelector('[role="dialog"] [data-testid="dialog-confirm"]', ui);
    await pressBackdrop(panel);
    await expectFocusInDialog(panel);
    expect(await panel.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid)).toBe('dialog-back');
    await panel.keyboard.press('Enter');
    await panel.waitForSelector('[role="dialog"]', { ...ui, hidden: true });
    const deletes = async () => (await ctx.sandbox.requests()).filter((r) => r.method === 'DELETE' && r.path.includes('/tokens/'));
    expect(await deletes()).toHaveLength(0);

    await click(panel, `${step(REVOKE)} [data-testid="plan-step-run"]`);
    await expectFocusInDialog(panel);
    await ctx.eb.screenshot(panel, 'confirm-dialog');
    expect(await seriousAxeViolations(panel)).toEqual([]);
    await confirmInDialog(panel);
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

describe('unlink plan for a Workspace mailbox, both sides for real', () => {
  const ctx = useExtensionBrowser();
  const language: Language = 'en';
  const VERIFY = 'revoke-google-workspace/verify';

  /** Hannah's world as she sees it, her inbox still connected in HubSpot so both of its buttons are there to click. */
  function hannahsWorld(): Scenario {
    const scenario = worldOfInboxOwner(ADDRESS, language);
    const inbox = scenario.personalInboxes?.find((i) => i.address === ADDRESS);
    if (!inbox) throw new Error(`demo.json has no personal inbox ${ADDRESS}`);
    inbox.state = 'connected';
    return scenario;
  }

  it('HubSpot inbox disabled and removed on Connected emails (observed), then the Admin SDK revoke confirmed; both sides undone in sandbox state', async () => {
    const scenario = hannahsWorld();
    await ctx.sandbox.putState(scenario); // first: PUT /state forgets Google sign-ins
    await connectHubSpotAndGoogle(ctx.eb);
    expect(await hubspotGrants(ctx, ADDRESS)).toHaveLength(1);

    // The visit to Connected emails is how the extension learns of a personal inbox.
    const url = connectedEmailsUrl(scenario);
    const since = new Date().toISOString();
    const hubspot = await ctx.eb.newPage(url);
    expect(await inboxRowText(hubspot, ADDRESS)).toContain(labelTables[language].statusConnected);
    await waitForNewest(() => ctx.eb.worker(), { kind: 'crm-personal-inbox', address: ADDRESS, host: new URL(url).hostname, since }, { state: 'connected' });
    await hubspot.close();

    const panel = await openPlanPanel(ctx.eb, ADDRESS);
    await startPlan(panel);
    expect((await shownSteps(panel)).map((shown) => shown.id)).toEqual([HUBSPOT_STEPS.disable, HUBSPOT_STEPS.remove, REVOKE, VERIFY, FINAL_CHECK]);

    await waitForStep(panel, HUBSPOT_STEPS.disable, 'active');
    const tab = await followStepLink(ctx.eb, panel, HUBSPOT_STEPS.disable);
    expect(tab.page.url()).toBe(url);
    await disableInbox(tab.page, ADDRESS, language);
    await waitForStep(panel, HUBSPOT_STEPS.disable, 'done');
    expect(await completedBy(panel, HUBSPOT_STEPS.disable)).toBe('observed');
    await waitForStep(panel, HUBSPOT_STEPS.remove, 'active');
    await removeInbox(tab.page, ADDRESS, language);
    await waitForStep(panel, HUBSPOT_STEPS.remove, 'done');
    expect(await completedBy(panel, HUBSPOT_STEPS.remove)).toBe('observed');
    expect(tab.scriptErrors()).toEqual([]);
    await tab.page.close();
    expect(await inboxState(ctx, ADDRESS)).toBe('removed');

    // Nothing reached Google yet: the revoke waits for the confirm dialog.
    await waitForStep(panel, REVOKE, 'active');
    expect(await deletesOf(ctx, ADDRESS)).toEqual([]);
    await click(panel, `${step(REVOKE)} [data-testid="plan-step-run"]`);
    await confirmInDialog(panel);
    await waitForStep(panel, REVOKE, 'done');
    expect(await completedBy(panel, REVOKE)).toBe('api');
    await waitForStep(panel, VERIFY, 'done');
    await waitForStep(panel, FINAL_CHECK, 'done');
    await waitForPlanStatus(panel, 'done');
    expect(await shownSteps(panel)).toEqual([
      { id: HUBSPOT_STEPS.disable, state: 'done', kind: 'guided', completedBy: 'observed' },
      { id: HUBSPOT_STEPS.remove, state: 'done', kind: 'guided', completedBy: 'observed' },
      { id: REVOKE, state: 'done', kind: 'api', completedBy: 'api' },
      { id: VERIFY, state: 'done', kind: 'verify', completedBy: 'api' },
      { id: FINAL_CHECK, state: 'done', kind: 'verify', completedBy: 'observed' },
    ]);
    await ctx.eb.screenshot(panel, 'workspace-plan-done');

    // Both sides, as the sandbox's world holds them now.
    expect(await inboxState(ctx, ADDRESS)).toBe('removed');
    expect(await hubspotGrants(ctx, ADDRESS)).toEqual([]);
    expect(await deletesOf(ctx, ADDRESS)).toHaveLength(1);
    await panel.waitForSelector(`[data-testid="mailbox-detail"][data-address="${ADDRESS}"][data-inboxlink-status="not-linked"]`, ui);
    const actions = await auditActions(panel);
    expect(actions.filter((action) => action === 'step.observed')).toHaveLength(2);
    expect(actions).toEqual(expect.arrayContaining(['plan.start', 'step.intent', 'step.result', 'step.verify', 'plan.done']));
    expect(ctx.eb.consoleErrors(panel)).toEqual([]);
    await panel.close();
  });
});

describe('starting a plan from the popup', () => {
  const ctx = useExtensionBrowser();
  const language: Language = 'en';
  /** The demo's Gmail user: signed in at mail.google.com, a connected personal inbox in HubSpot. */
  const GMAIL = 'joerg.mueller@nordlicht.example';

  it('Start unlinking on a linked Gmail tab starts that address’s plan and lands the side panel on its running checklist', async () => {
    const scenario = worldOfInboxOwner(GMAIL, language);
    expect(scenario.signedIn?.gmail).toBe(GMAIL);
    await ctx.sandbox.putState(scenario);
    await connectHubSpot(ctx.eb);
    // Connected emails shows the inbox connected: the extension now knows HubSpot's side, so the address is linked.
    const url = connectedEmailsUrl(scenario);
    const since = new Date().toISOString();
    const hubspot = await ctx.eb.newPage(url);
    expect(await inboxRowText(hubspot, GMAIL)).toContain(labelTables[language].statusConnected);
    await waitForNewest(() => ctx.eb.worker(), { kind: 'crm-personal-inbox', address: GMAIL, host: new URL(url).hostname, since }, { state: 'connected' });
    await hubspot.close();

    const gmail = await ctx.eb.newPage(mailPages.gmail);
    await readChip(gmail);
    const tabId = await tabIdOf(await ctx.eb.worker(), GMAIL);
    const popup = await openPopupForTab(ctx.eb, tabId);
    expect(await popup.$eval(popupSelectors.address, (el) => el.textContent)).toBe(GMAIL);
    expect(await popupStatus(popup)).toBe('linked');
    expect(await popup.$(planSelectors.plan), 'no plan before the click').toBeNull();

    const panel = await sidePanelOpenedBy(ctx.eb, () => clickStartUnlinking(popup));
    const detail = await panel.waitForSelector(`[data-testid="mailbox-detail"][data-address="${GMAIL}"]`, ui);
    expect(await panel.$eval(selectors.pageRoot('sidepanel'), (el) => el.getAttribute('data-view'))).toBe('detail');
    const plan = await detail?.waitForSelector(planSelectors.planWithStatus('running'), ui);
    expect(await plan?.evaluate((el) => (el as HTMLElement).dataset.planId)).toBeTruthy();
    expect((await shownSteps(panel))[0]).toEqual({ id: HUBSPOT_STEPS.disable, state: 'active', kind: 'guided' });
    expect((await shownSteps(panel)).map((shown) => shown.id)).toContain(FINAL_CHECK);
    // Started once, for this address: the audit log names one plan.start, and the popup reported no error.
    expect((await auditActions(panel)).filter((action) => action === 'plan.start')).toHaveLength(1);
    expect(await popupNotice(popup)).toBe('');
    await ctx.eb.screenshot(panel, 'sidepanel-plan');
    expect(ctx.eb.consoleErrors(popup)).toEqual([]);
    expect(ctx.eb.consoleErrors(panel)).toEqual([]);
  });
});
