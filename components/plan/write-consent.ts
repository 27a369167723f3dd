import { browser } from 'wxt/browser';
import { GRAPH_WRITE_KEY_PREFIX, MICROSOFT_SIGN_IN_PAGE } from '../../lib/auth/microsoft/config';

/** How long the panel waits for the admin to allow the write permission in the Microsoft tab. */
const WAIT_MS = 10 * 60_000;

/**
 * Incremental consent for an Entra admin's destructive step: opens the Microsoft sign-in page
 * asking for the write permission only, and resolves true once the background has kept the write
 * token (a storage.session change; the panel never reads the token), false after ten minutes.
 */
export function obtainGraphWriteAccess(admin: string, waitMs = WAIT_MS): Promise<boolean> {
  const key = `${GRAPH_WRITE_KEY_PREFIX}${admin.toLowerCase()}`;
  return new Promise((resolve) => {
    const done = (granted: boolean) => {
      browser.storage.onChanged.removeListener(onChanged);
      clearTimeout(timer);
      resolve(granted);
    };
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'session' && changes[key]?.newValue !== undefined) done(true);
    };
    const timer = setTimeout(() => done(false), waitMs);
    browser.storage.onChanged.addListener(onChanged);
    void browser.tabs.create({ url: `${browser.runtime.getURL(MICROSOFT_SIGN_IN_PAGE)}?write=${encodeURIComponent(admin)}` }).catch(() => done(false));
  });
}
