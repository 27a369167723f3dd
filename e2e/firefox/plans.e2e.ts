/**
 * Unlink plans in Firefox, driven as a person drives them: the sidebar's page starts the plan,
 * each step's link opens a real tab where the sandbox's buttons are clicked by role and label,
 * the guide content script observes each result, the final check passes, and the sandbox's own
 * world shows both sides undone. One personal plan (Google consumer) and one team plan (a team
 * channel deleted in HubSpot, checked through the API, Google access removed).
 */
import type { Page } from 'puppeteer';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Scenario } from '../../sandbox/core/scenario';
import { CONNECTIONS_LABELS } from '../../sandbox/hosts/google/connections-labels';
import { labelTables } from '../../sandbox/hosts/hubspot-app/labels/index';
import { clickAndReload, findByRole } from '../harness/aria';
import { useFirefoxBrowser } from '../harness/fixture';
import { waitForNewest } from '../pages/observations.page';
import {
  FINAL_CHECK, HUBSPOT_STEPS, connectedEmailsUrl, disableInbox, followStepLink, inboxRow, inboxRowText, openPlanPanel, removeInbox,
  shownSteps, startPlan, waitForPlanStatus, worldOfInboxOwner,
} from '../pages/plan-flow.page';
import { stepDoneBy, teamWorld } from '../pages/plan-team.page';
import { connectHubSpot, waitForSyncEnd } from '../pages/sync-panel.page';

const ctx = useFirefoxBrowser();
const worker = () => ctx.eb.worker();
const hubspotGrants = (state: Scenario, address: string) => (state.providerGrants ?? []).filter((g) => g.address === address && /hubspot/i.test(g.app));

beforeAll(async () => {
  await connectHubSpot(ctx.eb, await ctx.sandbox.state());
  expect((await waitForSyncEnd(ctx.eb)).state).toBe('idle');
});

/** Google's third-party connections page: HubSpot → Remove access → Confirm, observed by the guide. */
async function removeGoogleAccess(panel: Page, stepId: string): Promise<void> {
  const labels = CONNECTIONS_LABELS.en;
  const google = await followStepLink(ctx.eb, panel, stepId);
  await Promise.all([google.page.waitForNavigation(), (await findByRole(google.page, 'link', 'HubSpot')).click()]);
  await clickAndReload(google.page, await findByRole(google.page, 'button', labels.removeAccess));
  await clickAndReload(google.page, await findByRole(google.page, 'button', labels.confirm));
  expect(await stepDoneBy(panel, stepId)).toBe('observed');
  expect(google.scriptErrors()).toEqual([]);
  await google.page.close();
}

describe('Firefox: personal unlink plan', () => {
  it('Google consumer mailbox: HubSpot inbox disabled and removed, Google access removed, each observed; both sides undone', async () => {
    const address = 'chiara.rossi.freelance@gmail.com';
    const provider = 'revoke-google-consumer/remove-access';
    const scenario = worldOfInboxOwner(address, 'en', { google: address });
    expect(hubspotGrants(scenario, address)).toHaveLength(1);
    await ctx.sandbox.putState(scenario);

    // HubSpot's Connected emails page seen once: that is how the extension learns of the inbox.
    const url = connectedEmailsUrl(scenario);
    const since = new Date().toISOString();
    const hubspot = await ctx.eb.newPage(url);
    await waitForNewest(worker, { kind: 'crm-personal-inbox', address, host: new URL(url).hostname, since }, { state: 'connected' });

    const panel = await openPlanPanel(ctx.eb, address);
    await startPlan(panel);
    expect((await shownSteps(panel)).map((step) => step.id)).toEqual([HUBSPOT_STEPS.disable, HUBSPOT_STEPS.remove, provider, FINAL_CHECK]);

    const emails = await followStepLink(ctx.eb, panel, HUBSPOT_STEPS.disable);
    await disableInbox(emails.page, address, 'en');
    expect(await stepDoneBy(panel, HUBSPOT_STEPS.disable)).toBe('observed');
    await removeInbox(emails.page, address, 'en');
    expect(await stepDoneBy(panel, HUBSPOT_STEPS.remove)).toBe('observed');
    expect(emails.scriptErrors()).toEqual([]);
    await Promise.all([emails.page.close(), hubspot.close()]);

    await removeGoogleAccess(panel, provider);
    expect(await stepDoneBy(panel, FINAL_CHECK)).toBe('observed');
    await waitForPlanStatus(panel, 'done');
    await ctx.eb.screenshot(panel, 'checklist-done');
    const state = await ctx.sandbox.state();
    expect(state.personalInboxes?.find((inbox) => inbox.address === address)?.state).toBe('removed');
    expect(hubspotGrants(state, address)).toEqual([]);
    expect(ctx.eb.consoleErrors(panel)).toEqual([]);
    await panel.close();
  });
});

describe('Firefox: team unlink plan', () => {
  it('team channel: deleted on the Channels page as observed, verified through the API, Google access removed; final check done', async () => {
    const address = 'support@nordlicht.example';
    const scenario = teamWorld('en', { gmail: address, google: address });
    const channel = scenario.teamChannels?.find((c) => c.address === address);
    expect(channel).toMatchObject({ active: true });
    await ctx.sandbox.putState(scenario);

    // The inbox's Channels page seen once names the channel's provider (its "Gmail" column).
    const host = scenario.portal.uiHost ?? 'app.hubspot.com';
    const since = new Date().toISOString();
    const seen = await ctx.eb.newPage(`https://${host}/live-messages-settings/${scenario.portal.id}/inboxes/${encodeURIComponent(channel?.inboxId ?? '')}/channels`);
    await waitForNewest(worker, { kind: 'crm-team-channel', address, host, since }, { archived: false, provider: 'google' });
    await seen.close();

    const panel = await openPlanPanel(ctx.eb, address);
    await startPlan(panel);
    expect((await shownSteps(panel)).map((step) => `${step.id}:${step.kind}`)).toEqual([
      'delete-team-channel/delete:guided', 'delete-team-channel/verify:verify', 'revoke-google-consumer/remove-access:guided', `${FINAL_CHECK}:verify`,
    ]);

    const t = labelTables.en;
    const channels = await followStepLink(ctx.eb, panel, 'delete-team-channel/delete');
    await (await findByRole(await inboxRow(channels.page, address), 'button', t.deleteChannel)).click();
    await clickAndReload(channels.page, await findByRole(channels.page, 'button', t.yesDelete));
    expect(await inboxRowText(channels.page, address)).toBeUndefined();
    expect(await stepDoneBy(panel, 'delete-team-channel/delete')).toBe('observed');
    expect(await stepDoneBy(panel, 'delete-team-channel/verify')).toBe('api');
    expect(channels.scriptErrors()).toEqual([]);
    await channels.page.close();

    await removeGoogleAccess(panel, 'revoke-google-consumer/remove-access');
    await waitForPlanStatus(panel, 'done');
    await ctx.eb.screenshot(panel, 'team-plan-done');
    const state = await ctx.sandbox.state();
    expect(state.teamChannels?.find((c) => c.id === channel?.id)).toMatchObject({ archived: true, active: false });
    expect(hubspotGrants(state, address)).toEqual([]);
    await panel.close();
  });
});
