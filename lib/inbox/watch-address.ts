import { findSignedInAddress, type AddressStrategy, type FoundAddress } from '../pages/find-address';

/** Re-check at most this often while the page is busy rendering (Gmail mutates constantly). */
const CHECK_EVERY_MS = 150;

/**
 * Resolves with the signed-in address as soon as the page shows it, or undefined after
 * `timeoutMs` (the layout changed, or nobody is signed in) or on abort. Mail apps render late,
 * so we watch the title and the DOM instead of polling, and coalesce bursts of mutations into
 * one check so the mail page's own work is not slowed down.
 */
export function waitForAddress(
  doc: Document,
  location: Pick<Location, 'pathname'>,
  strategies: readonly AddressStrategy[],
  signal: AbortSignal,
  timeoutMs = 15_000,
): Promise<FoundAddress | undefined> {
  return new Promise((resolve) => {
    const tryNow = () => findSignedInAddress(doc, strategies, location);
    const first = signal.aborted ? undefined : tryNow();
    if (first || signal.aborted) return resolve(first);
    let pending: ReturnType<typeof setTimeout> | undefined;
    const observer = new MutationObserver(() => {
      pending ??= setTimeout(() => {
        pending = undefined;
        const found = tryNow();
        if (found) finish(found);
      }, CHECK_EVERY_MS);
    });
    const timer = setTimeout(() => finish(tryNow()), timeoutMs);
    const onAbort = () => finish(undefined);
    function finish(result: FoundAddress | undefined) {
      observer.disconnect();
      clearTimeout(timer);
      clearTimeout(pending);
      signal.removeEventListener('abort', onAbort);
      resolve(result);
    }
    signal.addEventListener('abort', onAbort, { once: true });
    observer.observe(doc.documentElement, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['aria-label', 'title'] });
  });
}
