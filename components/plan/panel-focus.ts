import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { FOCUS_KEY, requestPanelFocus, type FocusRequest } from '../../lib/background/side-panel-focus';

/**
 * How the popup (or the chip, through the background) hands the side panel the mailbox to show:
 * the address goes to storage.session under FOCUS_KEY (extension pages only, emptied on browser
 * restart). The panel may already be open, so it reads the key on load AND listens for changes;
 * it removes the key once shown, so a later opening starts at the list.
 * `sidepanel.html?mailbox=<address>` does the same for a panel opened as a page (tests, a pinned
 * tab). The writer lives in lib/background so the background's `sidepanel/open` can use it too.
 */
export { FOCUS_KEY, requestPanelFocus };
/** A request older than this is stale (the panel was closed when it was made). */
const FRESH_MS = 60_000;

function addressOf(value: unknown): string | undefined {
  const request = value as Partial<FocusRequest> | undefined;
  if (!request || typeof request.address !== 'string' || typeof request.at !== 'number') return undefined;
  return Date.now() - request.at <= FRESH_MS ? request.address : undefined;
}

/** Calls `onFocus(address)` for the query parameter, a pending request, and every new one. */
export function usePanelFocus(search: string, onFocus: (address: string) => void): void {
  useEffect(() => {
    const fromQuery = new URLSearchParams(search).get('mailbox');
    if (fromQuery) onFocus(fromQuery);
    const take = (value: unknown) => {
      const address = addressOf(value);
      if (!address) return;
      onFocus(address);
      void browser.storage.session.remove(FOCUS_KEY);
    };
    void browser.storage.session.get(FOCUS_KEY).then((stored) => take(stored[FOCUS_KEY]), () => undefined);
    const changed = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'session' && changes[FOCUS_KEY]?.newValue !== undefined) take(changes[FOCUS_KEY].newValue);
    };
    browser.storage.onChanged.addListener(changed);
    return () => browser.storage.onChanged.removeListener(changed);
    // onFocus is a state setter of the panel: stable for its life, so only `search` matters.
  }, [search]);
}
