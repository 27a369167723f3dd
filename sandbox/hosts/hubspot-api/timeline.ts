import type { World } from '../../core/world';

/**
 * createdAt / updatedAt for objects the scenario stores without timestamps (users, owners,
 * inboxes). Derived, not stored in the scenario: the first time the API sees an object its
 * createdAt is the given one (or SEED_EPOCH for seeded objects) and updatedAt equals it; whenever
 * the object's fingerprint (the fields its answers show) differs from last time, updatedAt moves
 * to the sandbox clock. So a page action that deactivates a user bumps its owner's updatedAt.
 */
export const SEED_EPOCH = '2024-01-02T09:00:00.000Z';

interface Stamp {
  fingerprint: string;
  createdAt: string;
  updatedAt: string;
}

const TIMELINE = 'hubspot-api:timeline';

export function timestamps(
  world: World,
  key: string,
  fingerprint: unknown,
  createdAt?: string,
): { createdAt: string; updatedAt: string } {
  const stamps = world.scratch(TIMELINE, () => new Map<string, Stamp>());
  const print = JSON.stringify(fingerprint);
  const now = world.now().toISOString();
  const known = stamps.get(key);
  if (!known) {
    const first = createdAt ?? (SEED_EPOCH < now ? SEED_EPOCH : now);
    stamps.set(key, { fingerprint: print, createdAt: first, updatedAt: first });
    return { createdAt: first, updatedAt: first };
  }
  if (known.fingerprint !== print) {
    known.fingerprint = print;
    known.updatedAt = now;
  }
  return { createdAt: known.createdAt, updatedAt: known.updatedAt };
}
