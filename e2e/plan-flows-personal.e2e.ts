/**
 * The unlink plan for personal mailboxes, one test per provider flow, driven as a user drives it:
 * HubSpot's Connected emails page shows the inbox, the side panel starts the plan, each step's
 * deep link opens a real tab where the sandbox's buttons are clicked by role and label, the guide
 * observes each result, the final check passes — and the sandbox's world shows both sides undone.
 */
import type { Page } from 'puppeteer';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Language, Scenario } from '../sandbox/core/scenario';
import { CONNECTIONS_LABELS } from '../sandbox/hosts/google/connections-labels';
import { labelTables } from '../sandbox/hosts/hubspot-app/labels/index';
import { LIVE_CONSENT_LABELS } from '../sandbox/hosts/microsoft/live-consent-labels';
import { clickAndReload, findByRole } from './harness/aria';
import { useExtensionBrowser } from './harness/fixture';
import { waitForNewest } from './pages/observations.page';
import {
  auditActions, completedBy, connectedEmailsUrl, connectHubSpot, disableInbox, FINAL_CHECK, followStepLink, HUBSPOT_STEPS,
  inboxRowText, openPlanPanel, planSelectors as s, removeInbox, shownSteps, startPlan, waitForPlanStatus, waitForStep,
  worldOfInboxOwner,
} from './pages/plan-flow.page';

const ctx = useExtensionBrowser();
const worker = () => ctx.eb.worker();

/** HubSpot's grants for the address in the sandbox's world right now. */
async function hubspotGrants(address: string): Promise<NonNullable<Scenario['providerGrants']>> {
  return ((await ctx.sandbox.state()).providerGrants ?? []).filter((g) => g.address === address && /hubspot/i.test(g.app));
}

async function inboxState(address: string): Promise<string | undefined> {
  return ((await ctx.sandbox.state()).personalInboxes ?? []).find((i) => i.address === address)?.state;
}

/**
 * The world for `address` loaded, HubSpot's Connected emails page visited (it lists the inbox,
 * connected: that visit is how the extension learns of a personal inbox), the side panel opened
 * on the mailbox and the plan started. Returns the panel.
 */
async function startFromConnectedEmails(scenario: Scenario, address: string, language: Language): Promise<Page> {
  await ctx.sandbox.putState(scenario);
  const url = connectedEmailsUrl(scenario);
  const since = new Date().toISOString();
  const hubspot = await ctx.eb.newPage(url);
  const row = await inboxRowText(hubspot, address);
  expect(row, `Connected emails lists ${address}`).toContain(labelTables[language].statusConnected);
  await waitForNewest(worker, { kind: 'crm-personal-inbox', address, host: new URL(url).hostname, since }, { state: 'connected' });
  await hubspot.close();

  const panel = await openPlanPanel(ctx.eb, address);
  await startPlan(panel);
  return panel;
}

/** HubSpot's side from the checklist: Disable → Yes, disable → Disabled → Remove → Yes, remove inbox, each observed. */
async function undoHubSpotSide(panel: Page, scenario: Scenario, address: string): Promise<void> {
  const language = scenario.portal.language ?? 'en';
  await waitForStep(panel, HUBSPOT_STEPS.disable, 'active');
  const tab = await followStepLink(ctx.eb, panel, HUBSPOT_STEPS.disable);
  expect(tab.page.url(), 'the deep link names the portal and its UI host').toBe(connectedEmailsUrl(scenario));
  await disableInbox(tab.page, address, language);
  await waitForStep(panel, HUBSPOT_STEPS.disable, 'done');
  expect(await completedBy(panel, HUBSPOT_STEPS.disable)).toBe('observed');
  expect(await inboxState(address)).toBe('disabled');

  await waitForStep(panel, HUBSPOT_STEPS.remove, 'active');
  await removeInbox(tab.page, address, language);
  await waitForStep(panel, HUBSPOT_STEPS.remove, 'done');
  expect(await completedBy(panel, HUBSPOT_STEPS.remove)).toBe('observed');
  await ctx.eb.screenshot(tab.page, `connected-emails-${language}`);
  expect(tab.scriptErrors()).toEqual([]);
  await tab.page.close();
}

/** The checklist done, the final check's evidence as expected, the audit log naming what happened. */
async function expectPlanDone(panel: Page, provider: string, by: { provider: string; final: string }): Promise<void> {
  await waitForStep(panel, FINAL_CHECK, 'done');
  await waitForPlanStatus(panel, 'done');
  expect(await shownSteps(panel)).toEqual([
    { id: HUBSPOT_STEPS.disable, state: 'done', kind: 'guided', completedBy: 'observed' },
    { id: HUBSPOT_STEPS.remove, state: 'done', kind: 'guided', completedBy: 'observed' },
    { id: provider, state: 'done', kind: expect.any(String) as string, completedBy: by.provider },
    { id: FINAL_CHECK, state: 'done', kind: 'verify', completedBy: by.final },
  ]);
  const actions = await auditActions(panel);
  const guided = by.provider === 'observed' ? 3 : 2;
  expect(actions.filter((a) => a === 'step.observed')).toHaveLength(guided);
  expect(actions).toEqual(expect.arrayContaining(['plan.start', 'step.verify', 'plan.done']));
  if (by.provider === 'confirmed') expect(actions).toContain('step.confirmed');
  expect(ctx.eb.consoleErrors(panel)).toEqual([]);
}

beforeAll(async () => {
  await connectHubSpot(ctx.eb);
});

describe('unlink plan for personal mailboxes, end to end', () => {
  it('Google consumer address (en): HubSpot inbox removed, then "Remove access" → "Confirm" at Google, each observed; both sides undone', async () => {
    const language: Language = 'en';
    const address = 'chiara.rossi.freelance@gmail.com';
    const provider = 'revoke-google-consumer/remove-access';
    const scenario = worldOfInboxOwner(address, language, { google: address });
    expect(scenario.providerGrants?.filter((g) => g.address === address && /hubspot/i.test(g.app))).toHaveLength(1);

    const panel = await startFromConnectedEmails(scenario, address, language);
    expect((await shownSteps(panel)).map((step) => step.id)).toEqual([HUBSPOT_STEPS.disable, HUBSPOT_STEPS.remove, provider, FINAL_CHECK]);
    await undoHubSpotSide(panel, scenario, address);

    await waitForStep(panel, provider, 'active');
    const labels = CONNECTIONS_LABELS[language];
    const google = await followStepLink(ctx.eb, panel, provider);
    await Promise.all([google.page.waitForNavigation(), (await findByRole(google.page, 'link', 'HubSpot')).click()]);
    await clickAndReload(google.page, await findByRole(google.page, 'button', labels.removeAccess));
    await clickAndReload(google.page, await findByRole(google.page, 'button', labels.confirm));
    await waitForStep(panel, provider, 'done');
    expect(await completedBy(panel, provider)).toBe('observed');
    expect(google.scriptErrors()).toEqual([]);
    await google.page.close();

    await expectPlanDone(panel, provider, { provider: 'observed', final: 'observed' });
    await ctx.eb.screenshot(panel, 'checklist-done');
    expect(await inboxState(address)).toBe('removed');
    expect(await hubspotGrants(address)).toEqual([]);
    await panel.close();
  });

  it('Outlook.com address (sv): HubSpot inbox removed, then "Edit" → "Remove these permissions" at account.live.com, each observed; both sides undone', async () => {
    const language: Language = 'sv';
    const address = 'sam.okafor@outlook.com';
    const provider = 'revoke-outlook/remove';
    const scenario = worldOfInboxOwner(address, language, { outlook: address });
    expect(scenario.providerGrants?.filter((g) => g.address === address && /hubspot/i.test(g.app))).toHaveLength(1);

    const panel = await startFromConnectedEmails(scenario, address, language);
    expect((await shownSteps(panel)).map((step) => step.id)).toEqual([HUBSPOT_STEPS.disable, HUBSPOT_STEPS.remove, provider, FINAL_CHECK]);
    await undoHubSpotSide(panel, scenario, address);

    await waitForStep(panel, provider, 'active');
    const labels = LIVE_CONSENT_LABELS[language];
    const live = await followStepLink(ctx.eb, panel, provider);
    await Promise.all([live.page.waitForNavigation(), (await findByRole(live.page, 'link', 'HubSpot')).click()]);
    await clickAndReload(live.page, await findByRole(live.page, 'button', labels.edit));
    await clickAndReload(live.page, await findByRole(live.page, 'button', labels.remove));
    await ctx.eb.screenshot(live.page, `live-confirm-${language}`);
    await clickAndReload(live.page, await findByRole(live.page, 'button', labels.confirm));
    await waitForStep(panel, provider, 'done');
    expect(await completedBy(panel, provider)).toBe('observed');
    expect(live.scriptErrors()).toEqual([]);
    await live.page.close();

    await expectPlanDone(panel, provider, { provider: 'observed', final: 'observed' });
    await ctx.eb.screenshot(panel, 'checklist-done');
    expect(await inboxState(address)).toBe('removed');
    expect(await hubspotGrants(address)).toEqual([]);
    await panel.close();
  });

  it('IMAP address (de): HubSpot inbox removed, then the message to IT copied and the hand-off confirmed; no grant applies', async () => {
    const language: Language = 'de';
    const address = 'kwame.mensah@nordlicht-events.example';
    const provider = 'imap-handoff/handoff';
    const scenario = worldOfInboxOwner(address, language);
    expect(scenario.providerGrants?.filter((g) => g.address === address)).toEqual([]);

    const panel = await startFromConnectedEmails(scenario, address, language);
    expect((await shownSteps(panel)).map((step) => step.id)).toEqual([HUBSPOT_STEPS.disable, HUBSPOT_STEPS.remove, provider, FINAL_CHECK]);
    await undoHubSpotSide(panel, scenario, address);

    await waitForStep(panel, provider, 'active');
    const handoff = await panel.waitForSelector(`${s.step(provider)} ${s.handoff}`, { timeout: 20_000 });
    const subject = await panel.$eval(s.handoffSubject, (el) => el.textContent ?? '');
    const body = await panel.$eval(s.handoffBody, (el) => el.textContent ?? '');
    expect(body).toContain(address);
    const mailto = new URL(await panel.$eval(s.handoffMailto, (el) => (el as HTMLAnchorElement).href));
    expect(mailto.protocol).toBe('mailto:');
    expect(mailto.searchParams.get('subject')).toBe(subject);
    // RFC 6068: line breaks in a mailto body are CRLF.
    expect(mailto.searchParams.get('body')?.replace(/\r\n/g, '\n')).toBe(body);

    await ctx.eb.browser.defaultBrowserContext().overridePermissions(`chrome-extension://${ctx.eb.extensionId}`, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
    await panel.bringToFront();
    await (await handoff?.$(s.handoffCopy))?.click();
    await panel.waitForFunction(async (expected: string) => (await navigator.clipboard.readText()) === expected, { timeout: 20_000 }, `${subject}\n\n${body}`);

    await (await panel.waitForSelector(s.stepConfirm(provider), { timeout: 20_000 }))?.click();
    await waitForStep(panel, provider, 'done');
    expect(await completedBy(panel, provider)).toBe('confirmed');

    await expectPlanDone(panel, provider, { provider: 'confirmed', final: 'confirmed' });
    await ctx.eb.screenshot(panel, 'checklist-done');
    expect(await inboxState(address)).toBe('removed');
    expect((await ctx.sandbox.state()).providerGrants?.filter((g) => g.address === address)).toEqual([]);
    await panel.close();
  });
});
