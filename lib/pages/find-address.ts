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
 * The address at the very end of an account control's label, in parentheses: Google's
 * "Google Account: Anna Berg  \n(anna@example.com)" (localised "Google-Konto: …"). Only the last
 * parenthesised address counts: a display name may itself hold an address ("bob@x.example (sales)"),
 * and it comes first.
 */
export function addressInTrailingParens(label: string | null | undefined): string | undefined {
  const match = /\(\s*([^()\s]+)\s*\)\s*$/.exec(label ?? '');
  return exactAddress(match?.[1]);
}

/** Title separators mail apps use: a hyphen, an en dash or an em dash between spaces. */
const TITLE_SEPARATOR = /\s+[-\u2013\u2014]\s+/;

/**
 * The address a title shows next to the product name, read from the end of the title:
 * "Inbox (3) - anna@example.com - Gmail", "Subject - anna@example.com - Gmail" (Workspace brands
 * replace "Gmail"), or with the product name first ("Inbox – anna@example.com", Inbox by Gmail,
 * when `leadingProducts` names it). A mail's subject comes first in the title, so an address in it
 * ("New lead - bob@x.example - anna@example.com - Gmail") is never the one read.
 */
export function titleAddressNextToProduct(title: string, leadingProducts: readonly string[] = []): string | undefined {
  const parts = title.trim().split(TITLE_SEPARATOR);
  const last = parts.at(-1);
  if (parts.length === 2 && leadingProducts.includes(parts[0] ?? '')) return exactAddress(last);
  if (parts.length < 3 || exactAddress(last) || !last) return undefined;
  return exactAddress(parts.at(-2));
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
