import { firstAddressIn, type AddressStrategy } from '../find-address';
import { isHidden, normalizeText, templateMatcher } from './page-dom';

/**
 * Ways a settings page shows who is signed in, as a person would read it: the account button's
 * accessible name, or a line like "Signed in as anna@example.com" in the page's language.
 * Each host module picks and dates the strategies that fit its page.
 */

/** An element inside `within` (a selector list) with an address in its aria-label matching `hint`. */
export function accountButtonStrategy(name: string, seen: string, hint: RegExp, within = 'body'): AddressStrategy {
  return {
    name,
    seen,
    find: (doc) => {
      const selector = within.split(',').map((scope) => `${scope.trim()} [aria-label*="@"]`).join(', ');
      for (const el of doc.querySelectorAll(selector)) {
        const label = el.getAttribute('aria-label') ?? '';
        if (hint.test(label) && !isHidden(el)) return firstAddressIn(label);
      }
      return undefined;
    },
  };
}

/** The text of one element, e.g. an account manager's secondary line, holding just the address. */
export function addressElementStrategy(name: string, seen: string, selector: string): AddressStrategy {
  return { name, seen, find: (doc) => firstAddressIn(doc.querySelector(selector)?.textContent) };
}

/**
 * A visible line whose whole text is one of the templates ("Signed in as {email}") with an
 * address in the slot. Matching the whole line keeps a paragraph that merely mentions an address
 * from counting.
 */
export function signedInLineStrategy(name: string, seen: string, templates: (doc: Document) => readonly string[]): AddressStrategy {
  return {
    name,
    seen,
    find: (doc) => {
      const patterns = templates(doc).map(templateMatcher);
      const root = doc.body ?? doc.documentElement;
      for (const el of root.querySelectorAll('p, span, div, li, header *')) {
        const text = normalizeText(el.textContent);
        if (text.length > 200 || !text.includes('@')) continue;
        if (patterns.some((p) => p.test(text)) && !isHidden(el)) return firstAddressIn(text);
      }
      return undefined;
    },
  };
}
