import type { ScenarioUser } from '../../core/scenario';
import type { ApiCall } from './api-call';
import { ownerIdOf } from './derive';
import { jsonResponse, validationError } from './errors';
import { readJsonBody } from './request-body';
import { SEED_EPOCH } from './timeline';

/**
 * CRM search (`POST /crm/v3/objects/{contacts|companies|deals|tickets}/search`) over the records
 * the scenario says each user owns (`users[].owns`): a record's `hubspot_owner_id` is its owner's
 * id. Only what a count of owned records needs is modelled — `hubspot_owner_id` with EQ or IN,
 * `total`, and paging by offset (HubSpot's search pages with a numeric `after`). Any other filter
 * matches nothing, so the answer never claims records the scenario does not describe. HubSpot
 * documents limit ≤ 200 and a 10,000-result window; a larger limit is a 400 there and here.
 */
type SearchedObject = 'contacts' | 'companies' | 'deals' | 'tickets';

interface SearchFilter {
  propertyName: string;
  operator: string;
  value?: string;
  values?: string[];
}

interface SearchRequest {
  limit?: number;
  after?: string;
  filterGroups?: { filters: SearchFilter[] }[];
}

const MAX_LIMIT = 200;
const DEFAULT_LIMIT = 10;

function objectOf(call: ApiCall): SearchedObject {
  return call.endpoint.path.split('/')[4] as SearchedObject;
}

/** The owner ids a filter group asks for, or undefined when it filters on anything we do not model. */
function ownersOfGroup(group: { filters: SearchFilter[] }): Set<string> | undefined {
  if (group.filters.length !== 1) return undefined;
  const [filter] = group.filters;
  if (filter?.propertyName !== 'hubspot_owner_id') return undefined;
  if (filter.operator === 'EQ' && filter.value !== undefined) return new Set([filter.value]);
  if (filter.operator === 'IN' && filter.values) return new Set(filter.values);
  return undefined;
}

function ownedCount(user: ScenarioUser, object: SearchedObject): number {
  return user.owns?.[object] ?? 0;
}

export async function searchObjects(call: ApiCall): Promise<Response> {
  const read = await readJsonBody<SearchRequest>(call);
  if (!read.ok) return read.response;
  const { limit = DEFAULT_LIMIT, after, filterGroups = [] } = read.body;
  if (limit < 0 || limit > MAX_LIMIT) return validationError(`limit must be between 0 and ${MAX_LIMIT}, got ${limit}`);
  const offset = after === undefined ? 0 : Number(after);
  if (!Number.isInteger(offset) || offset < 0) return validationError(`Invalid paging cursor: after=${after}`);
  const object = objectOf(call);
  const wanted = new Set<string>();
  for (const group of filterGroups) for (const id of ownersOfGroup(group) ?? []) wanted.add(id);
  // Records of each owner, in a stable order: owner id, then the record's number.
  const records = call.world.scenario.users
    .filter((user) => wanted.has(ownerIdOf(user)))
    .flatMap((user) => Array.from({ length: ownedCount(user, object) }, (_, n) => ({ owner: ownerIdOf(user), n })));
  const results = records.slice(offset, offset + limit).map(({ owner, n }) => ({
    id: `${owner}${String(n + 1).padStart(5, '0')}`,
    properties: { hs_object_id: `${owner}${String(n + 1).padStart(5, '0')}`, hubspot_owner_id: owner },
    createdAt: SEED_EPOCH,
    updatedAt: SEED_EPOCH,
    archived: false,
  }));
  const next = offset + limit;
  const paging = next < records.length && limit > 0 ? { next: { after: String(next), link: `${call.url.origin}${call.url.pathname}` } } : undefined;
  return jsonResponse(200, { total: records.length, results, ...(paging && { paging }) });
}
