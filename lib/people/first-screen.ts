/**
 * The People list's first screen, remembered: the first rows of the default view (sorted by name
 * in the page's language, no filter) as the last full read built them, so the next visit can paint
 * them before it has read and joined every user (10,000 users take a few hundred ms). The page
 * shows them only as an interim state (busy, "loading the rest") until the full read replaces them.
 */
import { sortPeople } from './filter-people';
import type { PersonRow } from './person-index';

/** More rows than a tall window shows (rows are at least 64 px). */
export const FIRST_SCREEN_ROWS = 40;

export interface PeopleFirstScreen {
  /** The HubSpot portal the rows belong to (none known yet: none): another portal's people are never shown. */
  portalId?: number;
  /** The language whose collation ordered them. */
  locale: string;
  rows: PersonRow[];
}

declare module '../store/records' {
  interface MetaMap {
    /** The People list's first screen as the last full read built it; forgotten with the portal. */
    peopleFirstScreen: PeopleFirstScreen;
  }
}

export function firstScreenOf(rows: readonly PersonRow[], portalId: number | undefined, locale: string): PeopleFirstScreen {
  return { ...(portalId === undefined ? {} : { portalId }), locale, rows: sortPeople(rows, 'name', locale).slice(0, FIRST_SCREEN_ROWS) };
}

/** The remembered rows if they were built for this portal and language, else none. */
export function usableFirstScreen(screen: PeopleFirstScreen | undefined, portalId: number | undefined, locale: string): PersonRow[] | undefined {
  return screen && screen.portalId === portalId && screen.locale === locale && screen.rows.length > 0 ? screen.rows : undefined;
}
