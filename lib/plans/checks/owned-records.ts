/**
 * Records the person still owns (seed 002: reassign them before deactivating; seed 003: before
 * removing), counted through HubSpot's CRM search by `hubspot_owner_id`: contacts, companies,
 * deals, tickets. A token without a search scope cannot count: the step then says which scopes
 * are missing and leaves the check to the admin (link and confirmation).
 */
import { MissingScopeError, NotFoundError } from '../../clients/errors';
import type { PlanUsersClient } from '../clients';
import type { StepRun, VerifyResult } from '../types';

export const OWNED_OBJECTS = ['contacts', 'companies', 'deals', 'tickets'] as const;
export type OwnedCounts = Record<(typeof OWNED_OBJECTS)[number], number>;

/** The person's CRM owner id: the stored one, else the owners API's (live, then archived). */
async function ownerIdOf(client: PlanUsersClient, run: StepRun): Promise<string | undefined> {
  const person = run.context.person;
  if (!person) return undefined;
  if (person.ownerId) return person.ownerId;
  for (const archived of [false, true]) {
    try {
      return (await client.getOwner(person.userId, { by: 'userId', archived, ...(run.signal ? { signal: run.signal } : {}) })).id;
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
    }
  }
  return undefined;
}

export async function verifyNoOwnedRecords(run: StepRun): Promise<VerifyResult> {
  const client = await run.clients.hubspotUsers?.();
  if (!client) return { state: 'unknown', detail: 'no HubSpot token', note: { code: 'person-no-token' } };
  const ownerId = await ownerIdOf(client, run);
  if (!ownerId) return { state: 'gone', by: 'api', detail: 'the user has no CRM owner: owns no records', note: { code: 'records-none' } };
  const counts: Partial<OwnedCounts> = {};
  const missing = new Set<string>();
  for (const object of OWNED_OBJECTS) {
    try {
      counts[object] = await client.countOwnedRecords(object, ownerId, run.signal ? { signal: run.signal } : {});
    } catch (error) {
      if (!(error instanceof MissingScopeError)) throw error;
      for (const scope of error.scopes.slice(0, 1)) missing.add(scope);
    }
  }
  const data = { contacts: counts.contacts ?? 0, companies: counts.companies ?? 0, deals: counts.deals ?? 0, tickets: counts.tickets ?? 0 };
  const owned = Object.values(data).reduce((sum, count) => sum + count, 0);
  const detail = `owner ${ownerId}: ${OWNED_OBJECTS.map((o) => `${o} ${counts[o] ?? '?'}`).join(', ')}`;
  if (owned > 0) return { state: 'present', by: 'api', detail, note: { code: 'records-owned', data: { ...data, count: owned } } };
  if (missing.size > 0) return { state: 'unknown', detail: `${detail}; missing scopes ${[...missing].join(' ')}`, note: { code: 'records-no-scope', data: { scopes: [...missing].join(', ') } } };
  return { state: 'gone', by: 'api', detail, note: { code: 'records-none' } };
}
