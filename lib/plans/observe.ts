/**
 * Matching what the guide saw on a page against what a guided step waits for. The observation
 * must be about the plan's own address (a provider page signed in to another account says
 * nothing about this mailbox), made on a page the step's binding accepts (its hosts, provider,
 * HubSpot portal, Microsoft organisation), and no older than the step's activation. Verifying a
 * done step again (the final check) reads the newest such observation, but not against a later
 * confirmation.
 */
import { matchesBinding, normalizeAddress, type Observation } from '../model';
import type { StoreAccess } from '../store/access';
import type { ObserveSpec, RunStep, SeenObservation, VerifyResult } from './types';

type Seen = SeenObservation;

export function isAbout(spec: ObserveSpec, seen: Seen): boolean {
  if (seen.kind !== spec.kind || normalizeAddress(seen.address) !== normalizeAddress(spec.address)) return false;
  // Unbound, nothing can speak for it: stored steps are bound when read (observe-binding.ts boundSpec).
  return spec.on !== undefined && matchesBinding(spec.on, seen);
}

export function satisfies(spec: ObserveSpec, seen: Seen): boolean {
  return isAbout(spec, seen) && Object.entries(spec.expect).every(([field, allowed]) => allowed.includes(seen.value[field] ?? null));
}

/** The newest stored observation of the spec's kind about its address, from a page its binding accepts. */
export async function latestObservation(access: StoreAccess, spec: ObserveSpec): Promise<Observation | undefined> {
  const db = await access.db();
  const all = await db.getAllFromIndex('observations', 'address_kind', [normalizeAddress(spec.address), spec.kind]);
  return all
    .filter((o) => isAbout(spec, o))
    .reduce<Observation | undefined>((best, o) => (best === undefined || o.observedAt >= best.observedAt ? o : best), undefined);
}

/** When the user confirmed a done step, if their word is what completed it. */
export function confirmedAt(step: RunStep): string | undefined {
  return step.state === 'done' && step.completedBy === 'confirmed' ? step.resultAt : undefined;
}

/**
 * A guided step's verify: what the step's page showed last. For a step the user confirmed at
 * `confirmedAt`, a page seen before that moment is no evidence that the thing is still there
 * (the user acted after it): the answer is then `unknown`, and the caller falls back on the
 * confirmation. A page seen at or after the confirmation still counts either way.
 */
export async function verifyByObservation(access: StoreAccess, spec: ObserveSpec, confirmedAt?: string): Promise<VerifyResult> {
  const latest = await latestObservation(access, spec);
  if (!latest) return { state: 'unknown', detail: 'not observed yet', note: { code: 'not-observed' } };
  const seen = `seen ${latest.observedAt} on ${latest.host}`;
  const data = { host: latest.host };
  if (satisfies(spec, latest)) return { state: 'gone', by: 'observed', detail: seen, note: { code: 'page-gone', data } };
  if (confirmedAt !== undefined && latest.observedAt < confirmedAt) {
    return { state: 'unknown', detail: `confirmed after the page was last ${seen}`, note: { code: 'page-before-confirmation', data } };
  }
  return { state: 'present', by: 'observed', detail: seen, note: { code: 'page-present', data } };
}
