/**
 * Issue 12 — two-sided truth, in the built extension against the sandbox, each case failing on
 * the code before it:
 * 1. a team channel whose provider is unknown when its plan starts, then named by its Channels
 *    page: the plan grows the provider step instead of ending "Unlinked" (German UI and pages);
 * 2. a Google Workspace admin's sign-in starts the grant sync at once: the mailbox's provider
 *    side fills in without any other trigger;
 * 3. a personal inbox absent from its owner's Connected emails page: "not connected in HubSpot",
 *    half-unlinked with the grant present, and the leftover grant a finding with its fix;
 * 4. the worker stopped while the Admin SDK DELETE is in flight and woken before it lands: the
 *    step says "not known yet — checking", then "reached the provider and succeeded".
 * One browser; each test sets up its own world, so each runs alone (`-t`).
 */
import type { Page } from 'puppeteer';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../lib/i18n';
import '../lib/i18n/all-locales';
import { plansDe } from '../lib/i18n/locales/plans/de';
import { plansEn } from '../lib/i18n/locales/plans/en';
import type { Language } from '../sandbox/core/scenario';
import { labelTables } from '../sandbox/hosts/hubspot-app/labels/index';
import { clickAndReload, findByRole } from './harness/aria';
import { useExtensionBrowser } from './harness/fixture';
import { authSelectors as s, readCredentials } from './pages/auth-options.page';
import { setUiLocale } from './pages/extension-views.page';
import { waitForNewest } from './pages/observations.page';
import { connectedEmailsUrl, followStepLink, inboxRow, shownSteps, startPlan, waitForPlanStatus, waitForStep, worldOfInboxOwner } from './pages/plan-flow.page';
import {
  REVOKE, auditActions, completedBy, confirmRevoke, deletesFor, GOOGLE_ADMIN, holdCalls, hubspotGrants, openPanel,
  planSelectors as p, seedDisabledMailbox, startPlanAtRevoke, tokenCalls, ui, USERS_PATH, waitFor, lastSeq,
} from './pages/plan-resume.page';
import { mailboxSidesOnceStatus, stepDoneBy, teamWorld, waitUntilOutlined } from './pages/plan-team.page';
import { connectHubSpot, waitForSyncEnd } from './pages/sync-panel.page';
import { clearGrants, recordsOf, seedUnseenMailbox } from './pages/two-sided.page';

const ctx = useExtensionBrowser();
const worker = () => ctx.eb.worker();
const longTest = 150_000;
const stepIds = async (panel: Page) => (await shownSteps(panel)).map((step) => step.id);

/** The Google admin signed in anew (signed out first: a world put since forgot the old token). */
async function freshGoogleSignIn(): Promise<Page> {
  const options = await ctx.eb.openExtensionPage('options');
  await options.bringToFront();
  await options.waitForSelector(s.googleSection, ui);
  // Signed in already (the store says so)? Then its "Sign out" is awaited before the click: the list
  // renders once the options page has read the auth status, after the section itself.
  const signedIn = (await readCredentials(await worker())).some((credential) => credential.provider === 'google');
  if (signedIn) await (await options.waitForSelector(s.button(`${s.googleSignedIn}`, 'Sign out'), ui))?.click();
  await options.waitForFunction((selector: string) => document.querySelector(selector) === null, { ...ui, polling: 100 }, s.googleSignedIn);
  await (await options.waitForSelector(s.button(s.googleSection, 'Sign in with Google'), ui))?.click();
  await options.waitForSelector(s.googleSignedIn, ui);
  return options;
}

/** The Google admin signed in anew (a world put since forgot the old token), then HubSpot connected; their sync ended. */
async function connectBoth(): Promise<void> {
  await (await freshGoogleSignIn()).close();
  await connectHubSpot(ctx.eb, await ctx.sandbox.state());
  expect((await waitForSyncEnd(ctx.eb)).state).toBe('idle');
}

async function useUiLocale(locale: Language): Promise<void> {
  const options = await ctx.eb.openExtensionPage('options');
  await setUiLocale(options, locale);
  await options.close();
}

describe('two-sided truth (issue 12)', () => {
  it('1 (de): a team plan started with the provider unknown grows its provider step when the Channels page names it', async () => {
    const address = 'support@nordlicht.example';
    const scenario = teamWorld('de', { google: address });
    const channel = scenario.teamChannels?.find((c) => c.address === address);
    await ctx.sandbox.putState(scenario);
    await connectHubSpot(ctx.eb, await ctx.sandbox.state());
    expect((await waitForSyncEnd(ctx.eb)).state).toBe('idle');
    await useUiLocale('de');

    // Synced from HubSpot's API only: the channel's provider is not known, so no provider step.
    const panel = await openPanel(ctx.eb, address);
    await startPlan(panel);
    expect(await stepIds(panel)).toEqual(['delete-team-channel/delete', 'delete-team-channel/verify', 'final-check/check']);
    expect(await panel.$eval('[data-testid="plan-note"]', (el) => el.textContent ?? '')).toContain(plansDe['plan.note.provider-unknown'].replace('{address}', address));

    // The guided delete on the inbox's Channels page in German; the page's row says "Gmail".
    const t = labelTables.de;
    const channels = await followStepLink(ctx.eb, panel, 'delete-team-channel/delete');
    const deleteButton = async () => findByRole(await inboxRow(channels.page, address), 'button', t.deleteChannel);
    await waitUntilOutlined(channels.page, deleteButton, `"${t.deleteChannel}"`);
    await (await deleteButton()).click();
    await clickAndReload(channels.page, await findByRole(channels.page, 'button', t.yesDelete));
    expect(await stepDoneBy(panel, 'delete-team-channel/verify')).toBe('api');
    await channels.page.close();

    // The plan grew Google's step before its final check, and stays open for it.
    await waitForStep(panel, 'revoke-google-consumer/remove-access', 'active');
    expect(await stepIds(panel)).toEqual([
      'delete-team-channel/delete', 'delete-team-channel/verify', 'revoke-google-consumer/remove-access', 'final-check/check',
    ]);
    await waitForPlanStatus(panel, 'running');
    expect(await panel.$eval('[data-testid="plan-status"]', (el) => el.textContent)).not.toBe(plansDe['plan.status.done']);
    const actions = await auditActions(panel);
    expect(actions).toContain('plan.grow:ok');
    expect(actions).not.toContain('plan.done:ok');
    expect((await ctx.sandbox.state()).teamChannels?.find((c) => c.id === channel?.id)).toMatchObject({ archived: true });
    await ctx.eb.screenshot(panel, 'team-plan-grew-provider-step');
    await panel.close();
    await useUiLocale('en');
  }, longTest);

  it('2 (en): a Google Workspace admin sign-in starts the grant sync at once and fills the provider side', async () => {
    const address = 'hannah.schmidt@nordlicht.example';
    await ctx.sandbox.putState(worldOfInboxOwner(address, 'en'));
    await connectHubSpot(ctx.eb, await ctx.sandbox.state());
    expect((await waitForSyncEnd(ctx.eb)).state).toBe('idle');
    await clearGrants(await worker(), address);
    await seedDisabledMailbox(await worker(), address);
    const panel = await openPanel(ctx.eb, address);
    await panel.waitForSelector('[data-testid="mailbox-detail"] [data-testid="provider-side"][data-state="unknown"]', ui);
    expect(await recordsOf(await worker(), 'grants', address)).toEqual([]);

    // Only the sign-in: no sync button, no alarm waited for.
    const options = await freshGoogleSignIn();
    await panel.waitForSelector('[data-testid="mailbox-detail"] [data-testid="provider-side"][data-state="present"]', { timeout: 30_000 });
    const grants = await recordsOf(await worker(), 'grants', address);
    expect(grants).toEqual([expect.objectContaining({ provider: 'google', state: 'present' })]);
    expect(await panel.$eval('[data-testid="mailbox-detail"]', (el) => (el as HTMLElement).dataset.inboxlinkStatus)).toBe('half-unlinked');
    await ctx.eb.screenshot(panel, 'grants-after-admin-sign-in');
    await options.close();
    await panel.close();
  }, longTest);

  it('3 (en): a personal inbox its owner’s Connected emails page does not list is not connected; the leftover grant is a finding', async () => {
    // Greta's inbox was removed in HubSpot long ago; Google still lists HubSpot's token for her.
    const address = 'greta.bauer@nordlicht.example';
    const scenario = worldOfInboxOwner(address, 'en');
    await ctx.sandbox.putState(scenario);
    await useUiLocale('en');
    await connectBoth();
    await seedUnseenMailbox(await worker(), address, 'google');
    await waitFor(async () => (await recordsOf(await worker(), 'grants', address)).some((g) => g.state === 'present'), 'the grant sync to list Greta’s grant');
    const panel = await openPanel(ctx.eb, address);
    const before = await mailboxSidesOnceStatus(panel, 'unknown');
    expect(before).toMatchObject({ status: 'unknown', hubspotSide: 'unknown' });
    expect(await panel.$eval('[data-testid="owner-page-only"]', (el) => el.textContent)).toBe(createTranslator('en')('ui.crm.ownerPageOnly'));

    // Greta opens her own Connected emails page: it lists no inbox of hers.
    const url = connectedEmailsUrl(scenario);
    const since = new Date().toISOString();
    const emails = await ctx.eb.newPage(url);
    await waitForNewest(worker, { kind: 'crm-personal-inbox', address, host: new URL(url).hostname, since }, { state: 'not-connected' });
    await emails.close();

    const after = await mailboxSidesOnceStatus(panel, 'half-unlinked');
    expect(after).toMatchObject({ status: 'half-unlinked', hubspotSide: 'not-connected', hubspotSideText: expect.stringContaining(createTranslator('en')('ui.crm.personal.not-connected')) });
    await panel.waitForSelector('[data-testid="finding"][data-code="grant-without-inbox"][data-severity="warning"]', ui);
    const [finding] = await recordsOf(await worker(), 'findings', address);
    expect(finding).toMatchObject({ code: 'grant-without-inbox', planFlow: 'revoke-google' });
    expect(String((finding?.evidence as string[])[0])).toMatch(/^crm:not-connected@app\.hubspot\.com\/settings\//);
    await ctx.eb.screenshot(panel, 'owner-page-without-the-inbox');
    await panel.close();
  }, longTest);

  it('4 (en): the worker woken while the DELETE is in flight says "checking", then that the call reached Google and succeeded', async () => {
    const address = 'hannah.schmidt@nordlicht.example';
    await ctx.sandbox.putState(worldOfInboxOwner(address, 'en'));
    await holdCalls(ctx.sandbox, [{ host: GOOGLE_ADMIN, method: 'DELETE', path: USERS_PATH, ms: 8_000 }]);
    await useUiLocale('en');
    await connectBoth();
    await seedDisabledMailbox(await worker(), address);
    expect(await hubspotGrants(ctx.sandbox, address)).toHaveLength(1);
    const { panel } = await startPlanAtRevoke(ctx.eb, address);
    const before = await lastSeq(ctx.sandbox);
    await confirmRevoke(panel);
    // The step records that its DELETE left (the sandbox holds it): then the worker goes away.
    await panel.waitForSelector(`${p.stepIn(REVOKE, 'intent-recorded')}[data-sent="true"]`, ui);
    await ctx.eb.stopWorker();
    expect(await deletesFor(ctx.sandbox, address)).toEqual([]);

    // Woken before the held DELETE lands: the listing still shows HubSpot, which proves nothing yet.
    await ctx.eb.worker();
    const error = await panel.waitForSelector(`${p.step(REVOKE)} [data-testid="plan-step-error"][data-code="in-flight"]`, ui);
    expect(await error?.evaluate((el) => el.textContent)).toBe(plansEn['plan.error.in-flight']);
    expect(await deletesFor(ctx.sandbox, address)).toEqual([]);

    // The DELETE lands; the next listing shows HubSpot gone: done through the API, in true words.
    await waitFor(async () => (await deletesFor(ctx.sandbox, address)).length > 0, 'the held DELETE to reach Google', 30_000);
    await panel.waitForSelector(p.stepIn(REVOKE, 'done'), ui);
    expect(await completedBy(panel, REVOKE)).toBe('api');
    expect(await panel.$eval(`${p.step(REVOKE)} [data-testid="plan-step-outcome"]`, (el) => el.textContent)).toBe(plansEn['plan.note.reached-provider']);
    expect(await panel.$(`${p.step(REVOKE)} [data-testid="plan-step-error"]`)).toBeNull();
    expect((await tokenCalls(ctx.sandbox, address, before)).filter((call) => call.method === 'DELETE')).toHaveLength(1);
    const actions = await auditActions(panel);
    expect(actions).toEqual(expect.arrayContaining(['step.intent:ok', 'step.verify:observed', 'step.verify:ok']));
    expect(actions).not.toContain('step.result:failed');
    await ctx.eb.screenshot(panel, 'in-flight-delete-reached-google');
    await panel.close();
  }, longTest);
});
