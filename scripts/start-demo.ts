import type { ExtensionBrowser } from '../e2e/harness/browser';
import type { RunningSandbox } from '../e2e/harness/sandbox';
import { connectedEmailsUrl, disableInbox, followStepLink, openPlanPanel, removeInbox, startPlan, waitForStep, HUBSPOT_STEPS } from '../e2e/pages/plan-flow.page';
import { connectHubSpot, waitForSyncEnd } from '../e2e/pages/sync-panel.page';

/**
 * What `npm start` does before its screenshots, the way a person would on day one: connects the
 * scenario's HubSpot token in the options form and waits for the first sync (team channels: linked
 * and broken), opens HubSpot's Connected emails page once (the signed-in user's own inbox: linked),
 * and starts unlinking that inbox, doing HubSpot's side on the page the plan links to — so the
 * mailbox is half-unlinked and its plan in progress at the provider's step. Returns the address of
 * the mailbox with the plan, or a reason it could not (the screenshots are taken either way).
 * Gmail is signed in with that person's own mailbox, so its chip shows it.
 */
export async function playDemo(eb: ExtensionBrowser, sandbox: RunningSandbox, log: (line: string) => void): Promise<{ planAddress?: string; problem?: string }> {
  const scenario = await sandbox.state();
  const userId = scenario.signedIn?.hubspotUserId;
  const own = scenario.personalInboxes?.find((inbox) => inbox.userId === userId && inbox.state === 'connected');
  // The person of this browser reads their own mail in Gmail (the chip then shows their mailbox).
  if (own?.provider === 'google' && scenario.signedIn?.gmail !== own.address) {
    await sandbox.putState({ ...scenario, signedIn: { ...scenario.signedIn, gmail: own.address } });
  }
  await connectHubSpot(eb, scenario);
  const synced = await waitForSyncEnd(eb);
  log(`  HubSpot connected through the options form; first sync: ${synced.state}`);
  if (!own) return { problem: 'the scenario signs no HubSpot user with a connected inbox in: no plan to show' };
  const language = scenario.portal.language ?? 'en';
  const hubspot = await eb.newPage(connectedEmailsUrl(scenario));
  log(`  HubSpot's Connected emails page opened as ${own.address}`);

  const panel = await openPlanPanel(eb, own.address);
  await startPlan(panel);
  await waitForStep(panel, HUBSPOT_STEPS.disable, 'active');
  const emails = await followStepLink(eb, panel, HUBSPOT_STEPS.disable);
  await disableInbox(emails.page, own.address, language);
  await waitForStep(panel, HUBSPOT_STEPS.disable, 'done');
  await removeInbox(emails.page, own.address, language);
  await waitForStep(panel, HUBSPOT_STEPS.remove, 'done');
  await Promise.all([emails.page.close(), hubspot.close(), panel.close()]);
  log(`  unlinking ${own.address} started: HubSpot's side done, the provider's step next`);
  return { planAddress: own.address };
}
