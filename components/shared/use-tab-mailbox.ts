import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { createClient, protocol } from '../../lib/messaging';
import type { ContentScriptState } from '../../lib/messaging/ui-protocol';
import { resolveTabTarget, type TabTarget } from './current-tab';

const send = createClient(protocol);

export type TabMailbox =
  | { state: 'loading' }
  | { state: 'ready'; target: TabTarget; address: string | null; contentScript: ContentScriptState };

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
    const load = async () => {
      const target = await resolveTabTarget(search).catch((): TabTarget => ({ explicit: false }));
      const reply =
        target.tabId === undefined
          ? { address: null, contentScript: 'none' as const }
          : await send('mailbox/for-tab', { tabId: target.tabId }).catch(() => ({ address: null, contentScript: 'none' as const }));
      if (current) setValue({ state: 'ready', target, ...reply });
    };
    void load();
    if (!follow) return () => void (current = false);
    const refresh = () => void load();
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
