/**
 * Conversations lists answer either live or archived objects, never both (the sandbox follows the
 * CRM convention of hubspot.md §2). A job that wants both walks the live list, then the archived
 * one; its checkpoint cursor says which half it is in, so a resumed job continues in the right one.
 */
import type { ApiPage, PagingQuery } from '../clients';
import type { JobPage } from '../job';

const LIVE = 'live:';
const ARCHIVED = 'archived:';

export interface PhasedCursor {
  archived: boolean;
  after?: string;
}

export function parsePhasedCursor(cursor: string | undefined): PhasedCursor {
  if (cursor?.startsWith(ARCHIVED)) return { archived: true, after: cursor.slice(ARCHIVED.length) || undefined };
  if (cursor?.startsWith(LIVE)) return { archived: false, after: cursor.slice(LIVE.length) || undefined };
  return { archived: false, ...(cursor ? { after: cursor } : {}) };
}

/** Fetches one page of the current half; after the last live page the archived half begins. */
export async function fetchLiveThenArchived<T>(
  cursor: string | undefined,
  list: (query: PagingQuery & { archived: boolean }) => Promise<ApiPage<T>>,
  limit: number,
): Promise<JobPage<T>> {
  const { archived, after } = parsePhasedCursor(cursor);
  const page = await list({ after, limit, archived });
  const prefix = archived ? ARCHIVED : LIVE;
  let nextAfter: string | undefined;
  if (page.nextAfter) nextAfter = prefix + page.nextAfter;
  else if (!archived) nextAfter = ARCHIVED;
  return { results: page.results, ...(nextAfter ? { nextAfter } : {}) };
}
