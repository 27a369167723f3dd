import { accessibleName, allByRole, byRole, normalizeText } from './page-dom';

/** The entry's name as a person reads it: its heading, else its link, else its text. */
function entryName(item: Element): string {
  const named = byRole(item, 'heading') ?? byRole(item, 'link');
  return named ? accessibleName(named) : normalizeText(item.textContent);
}

/**
 * The names of the entries of the list(s) a heading introduces: a list labelled by the heading
 * (aria-labelledby, as consent pages label their app lists), else every top-level list in the
 * heading's main region. Only an entry's own items count, not a nested menu's links.
 */
export function namesListedUnder(heading: Element): string[] {
  const doc = heading.ownerDocument;
  const title = accessibleName(heading);
  const labelled = allByRole(doc, 'list').filter((list) => list.hasAttribute('aria-labelledby') && accessibleName(list) === title);
  const region = heading.closest('main, [role="main"]') ?? doc.body;
  const lists = labelled.length > 0 ? labelled : allByRole(region, 'list').filter((list) => !list.parentElement?.closest('ul, ol, [role="list"]'));
  const names: string[] = [];
  for (const list of lists) {
    for (const item of allByRole(list, 'listitem')) {
      if (item.parentElement?.closest('ul, ol, [role="list"]') !== list) continue;
      const name = entryName(item);
      if (name) names.push(name);
    }
  }
  return names;
}
