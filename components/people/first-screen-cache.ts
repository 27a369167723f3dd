import type { HubSpotPortal } from '../../lib/auth/hubspot-portal';
import { firstScreenOf, usableFirstScreen, type PeopleFirstScreen } from '../../lib/people/first-screen';
import type { PersonRow } from '../../lib/people/person-index';
import { openStore } from '../../lib/store/open';

export interface RememberedFirstScreen {
  screen?: PeopleFirstScreen;
  portal?: HubSpotPortal;
}

/** Two small records in one read: the remembered first screen and the portal it must match. */
async function readRemembered(): Promise<RememberedFirstScreen> {
  const db = await openStore();
  const tx = db.transaction('meta', 'readonly');
  const [screen, portal] = await Promise.all([tx.store.get('peopleFirstScreen') as Promise<PeopleFirstScreen | undefined>, tx.store.get('hubspotPortal') as Promise<HubSpotPortal | undefined>]);
  return { ...(screen ? { screen } : {}), ...(portal ? { portal } : {}) };
}

let early: Promise<RememberedFirstScreen> | undefined;

/**
 * Starts that read as early as the page can (its entrypoint, before the language is known):
 * IndexedDB answers requests in the order they were made, so a read queued behind the full read's
 * 10,000 users would come after it.
 */
export function prefetchFirstScreen(): void {
  early ??= readRemembered();
}

/** The early read if one was started (once), else a new one. */
export function takeFirstScreen(): Promise<RememberedFirstScreen> {
  const read = early ?? readRemembered();
  early = undefined;
  return read;
}

/** The rows to paint first, if they were remembered for this portal in this language. */
export function firstScreenRows(remembered: RememberedFirstScreen, locale: string): PersonRow[] | undefined {
  return usableFirstScreen(remembered.screen, remembered.portal?.portalId, locale);
}

/**
 * Remembers the first screen of a full read, when it changed. Written without a change event:
 * nothing watches it, and the People page's own live query (which watches `meta`) must not
 * re-read everything because of it.
 */
export async function rememberFirstScreen(rows: readonly PersonRow[], portalId: number | undefined, locale: string): Promise<void> {
  const screen = firstScreenOf(rows, portalId, locale);
  const db = await openStore();
  const known = await db.get('meta', 'peopleFirstScreen');
  if (JSON.stringify(known) === JSON.stringify(screen)) return;
  if (screen.rows.length === 0) await db.delete('meta', 'peopleFirstScreen');
  else await db.put('meta', screen, 'peopleFirstScreen');
}
