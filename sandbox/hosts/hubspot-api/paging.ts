import { validationError } from './errors';

/**
 * HubSpot's forward cursor paging (`{results, paging?: {next: {after, link}}}`, hubspot.md §1–3).
 * Keyset paging: results are sorted by id and the opaque `after` encodes the last id served, so a
 * walk sees every item exactly once even when items are added or removed between pages.
 */
export interface PageLimits {
  /** Page size when `limit` is absent. */
  defaultLimit: number;
  /** Larger `limit`s are clamped to this (HubSpot documents maxima, not an error for exceeding them). */
  maxLimit: number;
}

export interface Page<T> {
  results: T[];
  paging?: { next: { after: string; link: string } };
}

/** Numeric ids in numeric order (HubSpot ids are numeric strings), anything else after, by code unit. */
export function compareIds(a: string, b: string): number {
  const aNumeric = /^\d+$/.test(a);
  const bNumeric = /^\d+$/.test(b);
  if (aNumeric && bNumeric) return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
  if (aNumeric !== bNumeric) return aNumeric ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

const encodeCursor = (id: string): string => Buffer.from(`id:${id}`, 'utf8').toString('base64url');

function decodeCursor(after: string): string | undefined {
  const decoded = Buffer.from(after, 'base64url').toString('utf8');
  return decoded.startsWith('id:') ? decoded.slice(3) : undefined;
}

/** Returns the page, or a 400 answer for a bad `limit` or `after`. */
export function paginate<T>(
  items: readonly T[],
  idOf: (item: T) => string,
  params: { limit?: unknown; after?: unknown },
  limits: PageLimits,
  url: URL,
): Page<T> | Response {
  const requested = typeof params.limit === 'number' ? params.limit : limits.defaultLimit;
  if (requested < 1) return validationError(`limit must be at least 1, got ${requested}`);
  const limit = Math.min(requested, limits.maxLimit);
  let lastSeen: string | undefined;
  if (typeof params.after === 'string' && params.after !== '') {
    lastSeen = decodeCursor(params.after);
    if (lastSeen === undefined) return validationError(`Invalid paging cursor: after=${params.after}`);
  }
  const sorted = [...items].sort((a, b) => compareIds(idOf(a), idOf(b)));
  const remaining = lastSeen === undefined ? sorted : sorted.filter((item) => compareIds(idOf(item), lastSeen) > 0);
  const results = remaining.slice(0, limit);
  const last = results[results.length - 1];
  if (remaining.length <= limit || last === undefined) return { results };
  const after = encodeCursor(idOf(last));
  const next = new URL(url.toString());
  next.searchParams.set('after', after);
  next.searchParams.set('limit', String(limit));
  return { results, paging: { next: { after, link: next.toString() } } };
}
