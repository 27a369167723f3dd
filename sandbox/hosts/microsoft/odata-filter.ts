/**
 * The OData `$filter` forms clients send for these resources (providers.md §6, §7):
 * `prop eq 'value'` clauses joined by `and`, e.g.
 * `clientId eq '…' and principalId eq '…'` or `displayName eq 'HubSpot Sales'`.
 * Returns the property → value pairs, or an error message for anything else.
 */
export type FilterResult = { ok: true; clauses: Map<string, string> } | { ok: false; message: string };

const CLAUSE = /^\s*([A-Za-z]+)\s+eq\s+'((?:[^']|'')*)'\s*/;

export function parseEqFilter(filter: string, allowed: readonly string[]): FilterResult {
  const clauses = new Map<string, string>();
  let rest = filter.trim();
  while (rest.length > 0) {
    const match = CLAUSE.exec(rest);
    if (!match) return { ok: false, message: `Invalid filter clause: ${filter}` };
    const [whole, property = '', quoted = ''] = match;
    if (!allowed.includes(property)) return { ok: false, message: `Unsupported or invalid query filter clause specified for property '${property}' of resource.` };
    clauses.set(property, quoted.replace(/''/g, "'"));
    rest = rest.slice(whole.length);
    if (rest.length === 0) break;
    const and = /^and\s+/i.exec(rest);
    if (!and) return { ok: false, message: `Invalid filter clause: ${filter}` };
    rest = rest.slice(and[0].length);
  }
  return { ok: true, clauses };
}

/** Whether an entity matches every clause (GUIDs compare case-insensitively, names exactly). */
export function matchesClauses(entity: Record<string, unknown>, clauses: Map<string, string>): boolean {
  for (const [property, value] of clauses) {
    const actual = entity[property];
    if (typeof actual !== 'string') return false;
    const guidLike = /^[0-9a-f-]{36}$/i.test(value);
    if (guidLike ? actual.toLowerCase() !== value.toLowerCase() : actual !== value) return false;
  }
  return true;
}
