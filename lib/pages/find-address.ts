/** A strict-enough address pattern for pulling one out of a title or an accessible name. */
const ADDRESS = /[A-Z0-9._%+-]+@[A-Z0-9.-]+\.[A-Z]{2,}/i;

export function firstAddressIn(text: string | null | undefined): string | undefined {
  const match = text?.match(ADDRESS);
  return match ? match[0].toLowerCase() : undefined;
}

/** One way to find the signed-in address, with the date we last saw it work on the live site. */
export interface AddressStrategy {
  name: string;
  seen: string;
  find(doc: Document): string | undefined;
}

/** Tries each strategy in order; the first that finds an address wins. */
export function findSignedInAddress(doc: Document, strategies: readonly AddressStrategy[]): { address: string; via: string } | undefined {
  for (const strategy of strategies) {
    const address = strategy.find(doc);
    if (address) return { address, via: strategy.name };
  }
  return undefined;
}
