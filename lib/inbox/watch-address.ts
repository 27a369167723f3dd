import { findSignedInAddress, type AddressStrategy } from '../pages/find-address';

export interface AddressWatch {
  address: string;
  via: string;
}

/**
 * Resolves with the signed-in address as soon as the page shows it, or undefined after
 * `timeoutMs` (the layout changed, or nobody is signed in). Mail apps render late, so we watch
 * the title and the DOM instead of polling.
 */
export function waitForAddress(
  doc: Document,
  strategies: readonly AddressStrategy[],
  signal: AbortSignal,
  timeoutMs = 15_000,
): Promise<AddressWatch | undefined> {
  return new Promise((resolve) => {
    const tryNow = () => findSignedInAddress(doc, strategies);
    const first = tryNow();
    if (first) return resolve(first);
    const observer = new MutationObserver(() => {
      const found = tryNow();
      if (found) finish(found);
    });
    const timer = setTimeout(() => finish(undefined), timeoutMs);
    const finish = (result: AddressWatch | undefined) => {
      observer.disconnect();
      clearTimeout(timer);
      resolve(result);
    };
    signal.addEventListener('abort', () => finish(undefined), { once: true });
    observer.observe(doc.documentElement, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['aria-label', 'title'] });
  });
}
