import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { createClient, protocol } from '../../lib/messaging';
import type { ContentScriptState } from '../../lib/messaging/ui-protocol';
import { resolveTabTarget, type TabTarget } from './current-tab';

const send = createClient(protocol);

export type TabMailbox =
  | { state: 'loading' }
  | { state: 'ready'; target: TabTarget; address: string | null; contentScript: ContentScriptState };

type TabReply = Extract<TabMailbox, { state: 'ready' }>;

async function loadTabMailbox(search: string): Promise<TabReply> {
  const target = await resolveTabTarget(search).catch((): TabTarget => ({ explicit: false }));
  const reply =
    target.tabId === undefined
      ? { address: null, contentScript: 'none' as const }
      : await send('mailbox/for-tab', { tabId: target.tabId }).catch(() => ({ address: null, contentScript: 'none' as const }));
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
