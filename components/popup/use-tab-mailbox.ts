import { useEffect, useState } from 'preact/hooks';
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
 * summary of all mailboxes, which is always useful.
 */
export function useTabMailbox(search: string): TabMailbox {
  const [value, setValue] = useState<TabMailbox>({ state: 'loading' });
  useEffect(() => {
    let current = true;
    void (async () => {
      const target = await resolveTabTarget(search).catch((): TabTarget => ({ explicit: false }));
      const reply =
        target.tabId === undefined
          ? { address: null, contentScript: 'none' as const }
          : await send('mailbox/for-tab', { tabId: target.tabId }).catch(() => ({ address: null, contentScript: 'none' as const }));
      if (current) setValue({ state: 'ready', target, ...reply });
    })();
    return () => {
      current = false;
    };
  }, [search]);
  return value;
}
