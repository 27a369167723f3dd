import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendLater as send } from './send-later';
import type { ContentScriptState } from '../../lib/messaging/ui-protocol';
import { tabReport } from '../../lib/background/tab-mailboxes';
import { explicitTabId, resolveTabTarget, type TabTarget } from './current-tab';

export type TabMailbox =
  | { state: 'loading' }
  | {
      state: 'ready';
      target: TabTarget;
      address: string | null;
      contentScript: ContentScriptState;
      /** The account signed in beside the mailbox shown (a delegated or shared mailbox): the tab shows both. */
      signedInAs?: string;
    };

type TabReply = Extract<TabMailbox, { state: 'ready' }>;

const NO_MAILBOX = { address: null, contentScript: 'none' } as const;

/**
 * What the tab's content script reported. An address is read straight from storage.session, where
 * the background keeps each tab's report (no round trip through the worker, which may be asleep);
 * anything else is the background's to judge (it looks at the tab's URL: silent or unreadable).
 */
async function askAboutTab(tabId: number): Promise<Omit<TabReply, 'state' | 'target'>> {
  const report = await tabReport(tabId).catch(() => undefined);
  if (report && 'address' in report) return { address: report.address, contentScript: 'alive', ...(report.signedInAs && { signedInAs: report.signedInAs }) };
  return send('mailbox/for-tab', { tabId }).catch(() => NO_MAILBOX);
}

async function loadTabMailbox(search: string): Promise<TabReply> {
  const targetRead = resolveTabTarget(search).catch((): TabTarget => ({ explicit: false }));
  // A `?tab=<id>` is asked about at once, while the browser looks up that tab's window.
  const tabId = explicitTabId(search) ?? (await targetRead).tabId;
  const [target, reply] = await Promise.all([targetRead, tabId === undefined ? NO_MAILBOX : askAboutTab(tabId)]);
  return { state: 'ready', target, ...reply };
}

let prefetched: { search: string; reply: Promise<TabReply> } | undefined;

/**
 * Starts the tab's lookup before the page has rendered (entrypoints/popup/main.tsx), so the
 * message to the background runs while settings load and Preact mounts; the hook's first load
 * takes this answer instead of asking again.
 */
export function prefetchTabMailbox(search: string): Promise<TabReply> {
  const reply = loadTabMailbox(search);
  prefetched = { search, reply };
  return reply;
}

function takePrefetched(search: string): Promise<TabReply> | undefined {
  const taken = prefetched?.search === search ? prefetched.reply : undefined;
  prefetched = undefined;
  return taken;
}

/**
 * Which mailbox the popup's tab shows, as its content script reported it to the background.
 * Any failure (no tab, worker refusing) falls back to "no mailbox": the popup then shows the
 * summary of all mailboxes, which is always useful. With `follow`, the answer is renewed when
 * the user switches or reloads tabs (the side panel stays open across tabs; the popup does not).
 */
export function useTabMailbox(search: string, follow = false): TabMailbox {
  const [value, setValue] = useState<TabMailbox>({ state: 'loading' });
  useEffect(() => {
    let current = true;
    const load = async (reply: Promise<TabReply>) => {
      const ready = await reply;
      if (current) setValue(ready);
    };
    void load(takePrefetched(search) ?? loadTabMailbox(search));
    if (!follow) return () => void (current = false);
    const refresh = () => void load(loadTabMailbox(search));
    // A reload or navigation ends with status "complete"; other updates (titles, favicons) do not matter.
    const updated = (_tabId: number, change: { status?: string }) => change.status === 'complete' && refresh();
    browser.tabs.onActivated.addListener(refresh);
    browser.tabs.onUpdated.addListener(updated);
    return () => {
      current = false;
      browser.tabs.onActivated.removeListener(refresh);
      browser.tabs.onUpdated.removeListener(updated);
    };
  }, [search, follow]);
  return value;
}
