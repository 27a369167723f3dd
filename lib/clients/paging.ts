import { MalformedResponseError, type Service } from './errors';

/**
 * Cursor paging shared by every client: HubSpot's `paging.next.after`, Graph's
 * `@odata.nextLink` (the whole URL is the cursor). A sync saves `nextAfter` after each page so a
 * killed worker resumes where it stopped.
 */
export interface Page<T> {
  results: T[];
  /** The cursor of the next page; absent on the last page. */
  nextAfter?: string;
}

export type FetchPage<T> = (after: string | undefined) => Promise<Page<T>>;

/**
 * Yields every page from `startAfter` (or the first) to the last. A cursor that comes back twice
 * would loop forever, so it ends the walk with a MalformedResponseError.
 */
export async function* pages<T>(fetchPage: FetchPage<T>, startAfter?: string, service: Service = 'hubspot'): AsyncGenerator<Page<T>> {
  const seen = new Set<string>();
  let after = startAfter;
  for (;;) {
    const page = await fetchPage(after);
    yield page;
    if (page.nextAfter === undefined) return;
    if (seen.has(page.nextAfter) || page.nextAfter === after) {
      throw new MalformedResponseError({
        status: 200,
        service,
        message: `The ${service} API returned a paging cursor it had already returned; stopped to avoid a loop.`,
        problems: ['paging cursor repeated'],
      });
    }
    seen.add(page.nextAfter);
    after = page.nextAfter;
  }
}

/** Every result of every page, in order. For small collections; a sync should use `pages`. */
export async function collectAll<T>(fetchPage: FetchPage<T>, service: Service = 'hubspot'): Promise<T[]> {
  const all: T[] = [];
  for await (const page of pages(fetchPage, undefined, service)) all.push(...page.results);
  return all;
}
