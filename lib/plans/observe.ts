/**
 * Matching what the guide saw on a page against what a guided step waits for. The observation
 * must be about the plan's own address (a provider page signed in to another account says
 * nothing about this mailbox) and no older than the step's activation.
 */
import { normalizeAddress, type Observation } from '../model';
import type { StoreAccess } from '../store/access';
import type { ObserveSpec, VerifyResult } from './types';

type Seen = Pick<Observation, 'kind' | 'address' | 'value' | 'observedAt'>;

export function isAbout(spec: ObserveSpec, seen: Seen): boolean {
  return seen.kind === spec.kind && normalizeAddress(seen.address) === normalizeAddress(spec.address);
}

export function satisfies(spec: ObserveSpec, seen: Seen): boolean {
  return isAbout(spec, seen) && Object.entries(spec.expect).every(([field, allowed]) => allowed.includes(seen.value[field] ?? null));
}

/** The newest stored observation of the spec's kind about its address, if any. */
export async function latestObservation(access: StoreAccess, spec: ObserveSpec): Promise<Observation | undefined> {
  const db = await access.db();
  const all = await db.getAllFromIndex('observations', 'address_kind', [normalizeAddress(spec.address), spec.kind]);
  return all.reduce<Observation | undefined>((best, o) => (best === undefined || o.observedAt >= best.observedAt ? o : best), undefined);
}

/** A guided step's verify: what the page showed last. */
export async function verifyByObservation(access: StoreAccess, spec: ObserveSpec): Promise<VerifyResult> {
  const latest = await latestObservation(access, spec);
  if (!latest) return { state: 'unknown', detail: 'not observed yet' };
  return satisfies(spec, latest)
    ? { state: 'gone', by: 'observed', detail: `seen ${latest.observedAt} on ${latest.host}` }
    : { state: 'present', by: 'observed', detail: `seen ${latest.observedAt} on ${latest.host}` };
}
