import { allByRole, isHidden, normalizeText } from './page-dom';

/**
 * Whether a list on a page shows all of its entries, so that an entry missing from it is missing
 * from the account (dated 2026-12-07, generic signals, checked against the sandbox only):
 * - 'filtered': a search box in the page's main region holds text, or the URL carries a filter
 *   or search parameter (Google's connections page takes `?filters=`, providers.md §3);
 * - 'paginated': a "next page" way exists (`rel="next"`, a navigation region inside the list's
 *   region, or an entry count the page announces beyond what it renders: aria-rowcount,
 *   aria-setsize);
 * - 'partial': entries the page renders but hides (a search that hides rows), or a "load more"
 *   control (`aria-controls` naming the list).
 * 'complete' only when none applies. A page's list that cannot be judged is not complete.
 */
export type Listing = 'complete' | 'filtered' | 'paginated' | 'partial';

const FILTER_PARAMS = ['q', 'query', 'search', 'searchquery', 'filter', 'filters', 'term'];

/**
 * Whether the URL carries a non-empty filter or search parameter. forEach, not entries(): in a
 * Firefox content script the URLSearchParams iterator is not iterable there (a TypeError that
 * made every Connected emails reading fail).
 */
function filterParam(url: URL): boolean {
  let found = false;
  url.searchParams.forEach((value, name) => {
    if (FILTER_PARAMS.includes(name.toLowerCase()) && value.trim() !== '') found = true;
  });
  return found;
}

function searchText(region: Element): string {
  const boxes = region.querySelectorAll('input[type="search"], [role="searchbox"], [role="search"] input');
  return [...boxes].map((box) => normalizeText((box as HTMLInputElement).value ?? box.textContent)).join('');
}

function announcedBeyondRendered(lists: readonly Element[]): boolean {
  for (const list of lists) {
    const rowCount = Number(list.getAttribute('aria-rowcount'));
    if (rowCount > 0 && rowCount > list.querySelectorAll('tr, [role="row"]').length) return true;
    for (const item of list.querySelectorAll('[aria-setsize]')) {
      const size = Number(item.getAttribute('aria-setsize'));
      if (size > 0 && size > list.querySelectorAll('[aria-setsize]').length) return true;
    }
  }
  return false;
}

/** The rows or items of `lists` that the page renders but hides from a person. */
function hiddenEntries(lists: readonly Element[]): boolean {
  return lists.some((list) => [...list.querySelectorAll('tbody tr, [role="row"], li, [role="listitem"]')].some((entry) => isHidden(entry)));
}

/**
 * How complete the `lists` shown in `region` (the page's main part that holds them) are, with
 * `url` the page's address.
 */
export function listCompleteness(region: Element, lists: readonly Element[], url: URL): Listing {
  if (filterParam(url) || searchText(region) !== '') return 'filtered';
  const doc = region.ownerDocument;
  const paging = doc.querySelector('a[rel~="next"], link[rel~="next"]') !== null || allByRole(region, 'region').some((r) => /pagination|paging/i.test(r.getAttribute('aria-label') ?? ''))
    || region.querySelector('nav, [role="navigation"]') !== null;
  if (paging || announcedBeyondRendered(lists)) return 'paginated';
  const ids = new Set(lists.map((list) => list.id).filter(Boolean));
  const loadMore = [...region.querySelectorAll('[aria-controls]')].some((el) => (el.getAttribute('aria-controls') ?? '').split(/\s+/).some((id) => ids.has(id)));
  if (loadMore || hiddenEntries(lists)) return 'partial';
  return 'complete';
}
