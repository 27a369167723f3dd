/** A strict-enough address pattern for pulling one out of a title or an accessible name. */
const ADDRESS = /[A-Z0-9._%+-]+@[A-Z0-9.-]+\.[A-Z]{2,}/i;
const WHOLE_ADDRESS = new RegExp(`^${ADDRESS.source}$`, 'i');

export function firstAddressIn(text: string | null | undefined): string | undefined {
  const match = text?.match(ADDRESS);
  return match ? match[0].toLowerCase() : undefined;
}

/** The text itself when it is exactly one address (after trimming), else undefined. */
export function exactAddress(text: string | null | undefined): string | undefined {
  const trimmed = text?.trim();
  return trimmed && WHOLE_ADDRESS.test(trimmed) ? trimmed.toLowerCase() : undefined;
}

/**
 * The address that a title shows as one of its " - " separated parts, e.g.
 * "Inbox (3) - anna@example.com - Gmail" or "Inkorgen - anna@example.com - Nordlicht Mail"
 * (Workspace branding replaces "Gmail"). A subject line in the title never matches: it is not
 * a part made of an address alone.
 */
export function addressPartOfTitle(title: string): string | undefined {
  for (const part of title.split(' - ')) {
    const address = exactAddress(part);
    if (address) return address;
  }
  return undefined;
}

/**
 * One way to find the signed-in address. `seen` is the date the markup it relies on was last
 * confirmed (on the live site where noted, else against the documented markup the sandbox
 * reproduces); a drift report names the strategies that failed, so the stale one is found fast.
 */
export interface AddressStrategy {
  name: string;
  seen: string;
  find(doc: Document, location: Pick<Location, 'pathname'>): string | undefined;
}

export interface FoundAddress {
  address: string;
  via: string;
}

/**
 * Tries each strategy in order; the first that finds an address wins. A strategy that throws
 * (a page we do not understand any more) counts as not finding: the mail page is never bothered.
 */
export function findSignedInAddress(
  doc: Document,
  strategies: readonly AddressStrategy[],
  location: Pick<Location, 'pathname'> = doc.location ?? { pathname: '/' },
): FoundAddress | undefined {
  for (const strategy of strategies) {
    let address: string | undefined;
    try {
      address = strategy.find(doc, location);
    } catch {
      address = undefined;
    }
    if (address) return { address, via: strategy.name };
  }
  return undefined;
}
