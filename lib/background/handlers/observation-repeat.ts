import type { Observation } from '../../model';

/** A page showing again what its last observation said within this time is the same sighting. */
export const REPEAT_WINDOW_MS = 60 * 60 * 1000;

type Said = Pick<Observation, 'kind' | 'address' | 'host' | 'path' | 'value' | 'observedAt'>;

function sameValue(a: Observation['value'], b: Observation['value']): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && a[key] === b[key]);
}

/** Whether `next` says exactly what `last` said (kind, address, host, path, value), soon after it. */
export function isRepeat(last: Said, next: Said): boolean {
  const after = Date.parse(next.observedAt) - Date.parse(last.observedAt);
  return (
    last.kind === next.kind && last.address === next.address && last.host === next.host && last.path === next.path &&
    sameValue(last.value, next.value) && after >= 0 && after <= REPEAT_WINDOW_MS
  );
}

/**
 * The record to store for `next`, given `last`, the newest stored observation of its kind about
 * its address. Every page load reports what the page shows; a repeat becomes the existing record
 * with its time moved to now (same id: a put replaces it) instead of one more record, so history
 * and the stores' readers do not grow with reloads. The time must move, not stay: a plan counts
 * only what was seen after its step became current (lib/plans/step-work.ts), so a page that shows
 * the same outcome again after a step's activation must still complete that step.
 */
export function recordFor(last: Observation | undefined, next: Omit<Observation, 'id'>): Observation {
  return last?.id !== undefined && isRepeat(last, next) ? { ...last, observedAt: next.observedAt } : next;
}
