import type { Handlers } from '../../messaging/router';
import type { ClassifiedSender } from '../../messaging/sender';
import { isMailHost } from '../../pages/hosts';
import type { RunPlan } from '../../plans/types';
import { planGuidingHost } from '../guided-plan-on-host';
import { openPanelPageInTab, openSidePanel } from '../side-panel';
import { requestPanelFocus } from '../side-panel-focus';
import { mailboxOfTab } from '../tab-mailboxes';
import { readRunningPlans } from './guide-current-step';

export type SidepanelOpenHandler = NonNullable<Handlers['sidepanel/open']>;

/**
 * The mailbox the panel should land on for this sender. An inbox tab: the address its content
 * script reported earlier (tab-mailboxes). A guide page (HubSpot, a provider): the mailbox of the
 * running plan whose current step is on that page's host, from the background's own plan records.
 * Never an address from the payload: a page can only point the panel at what it is about.
 */
async function mailboxFor(sender: ClassifiedSender & { tabId: number }, readPlans: () => Promise<readonly RunPlan[]>): Promise<string | undefined> {
  if (sender.kind !== 'content' || sender.host === undefined) return undefined;
  if (isMailHost(sender.host)) return mailboxOfTab(sender.tabId);
  return planGuidingHost(await readPlans(), sender.host)?.plan.context.address;
}

/**
 * Opens the side panel on the sender's own tab (the click that sent this is the user gesture) and
 * lands it on the mailbox the sender's page is about (see mailboxFor); without one, on the list.
 * Where the browser refuses the panel for a relayed click, the panel's page opens in a tab beside.
 */
export function createSidepanelOpenHandler(readPlans: () => Promise<readonly RunPlan[]> = readRunningPlans): SidepanelOpenHandler {
  return async (_request, { sender }) => {
    const tabId = sender.tabId;
    if (tabId === undefined) return { opened: false };
    // First, before any await: Chrome opens the panel only while the click's gesture lasts.
    // undefined: the browser refused (Firefox does for a click relayed from a content script).
    const opened = await openSidePanel({ tabId }).catch(() => undefined);
    if (opened === false) return { opened };
    const address = await mailboxFor({ ...sender, tabId }, readPlans);
    if (opened === undefined) {
      await openPanelPageInTab(tabId, address);
      return { opened: true };
    }
    // The panel reads the key on load and on change, so writing after it opened still lands it.
    if (address) await requestPanelFocus(address);
    return { opened };
  };
}

export const sidepanelOpen: SidepanelOpenHandler = createSidepanelOpenHandler();
