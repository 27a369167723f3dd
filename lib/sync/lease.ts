/**
 * The single-flight guard. It lives in the store, not in a module variable: the service worker
 * may die mid-pass and a new one (or an alarm and a UI trigger at once) must see who is running.
 * A readwrite transaction on `meta` serialises the check-and-set across every extension context.
 * The holder renews it with each page; a dead holder's lease simply expires.
 */
import type { StoreAccess, WriteTransaction } from '../store/access';
import type { StoreName } from '../store/db-types';
import { SyncLeaseLostError } from './errors';
import type { SyncLease } from './status';

/** Long enough for one slow page with the client's retries, short enough to recover a dead run. */
export const LEASE_TTL_MS = 90_000;

const expiry = (now: string, ttlMs: number): string => new Date(Date.parse(now) + ttlMs).toISOString();

/**
 * This context's life: passes run only in the background, so a lease taken in an earlier life of
 * the service worker belongs to a run that died with it and need not be waited out (else a killed
 * worker's pass would resume only after the 90 s TTL). Holders are `${WORKER_LIFE}/${run}`.
 */
export const WORKER_LIFE = crypto.randomUUID();
const LIFE_SEPARATOR = '/';

export function newRunHolder(): string {
  return `${WORKER_LIFE}${LIFE_SEPARATOR}${crypto.randomUUID()}`;
}

function fromEarlierLife(holder: string): boolean {
  const life = holder.split(LIFE_SEPARATOR, 2);
  return life.length === 2 && life[0] !== WORKER_LIFE;
}

function isHeldByOther(lease: SyncLease | undefined, holder: string, now: string): boolean {
  return lease !== undefined && lease.holder !== holder && lease.expiresAt > now && !fromEarlierLife(lease.holder);
}

/**
 * Takes the lease unless another live run holds it; true when this holder has it now. With
 * `takeOverThisLife`, a lease held by another run of this worker is taken anyway: the caller
 * stopped those runs (in-flight.ts), and a stopped run that is still waiting for an answer
 * can write nothing more (renewLeaseIn refuses it).
 */
export async function acquireLease(access: StoreAccess, holder: string, ttlMs = LEASE_TTL_MS, takeOverThisLife = false): Promise<boolean> {
  return access.write(['meta'], async (tx) => {
    const store = tx.objectStore('meta');
    const now = access.now();
    const lease = (await store.get('syncLease')) as SyncLease | undefined;
    const takenOver = takeOverThisLife && lease !== undefined && lease.holder.startsWith(`${WORKER_LIFE}${LIFE_SEPARATOR}`);
    if (isHeldByOther(lease, holder, now) && !takenOver) return false;
    await store.put({ holder, expiresAt: expiry(now, ttlMs) } satisfies SyncLease, 'syncLease');
    return true;
  });
}

/**
 * Inside a page's transaction: throws (aborting the page) when another run took the lease over,
 * else extends it. Checking in the same transaction as the write means a run presumed dead can
 * never write over the run that replaced it.
 */
export async function renewLeaseIn(tx: WriteTransaction<StoreName>, holder: string, now: string, ttlMs = LEASE_TTL_MS): Promise<void> {
  const store = tx.objectStore('meta');
  const lease = (await store.get('syncLease')) as SyncLease | undefined;
  if (isHeldByOther(lease, holder, now)) {
    throw new SyncLeaseLostError(`sync lease now held by another run until ${lease?.expiresAt ?? '?'}`);
  }
  await store.put({ holder, expiresAt: expiry(now, ttlMs) } satisfies SyncLease, 'syncLease');
}

export async function releaseLease(access: StoreAccess, holder: string): Promise<void> {
  await access.write(['meta'], async (tx) => {
    const store = tx.objectStore('meta');
    const lease = (await store.get('syncLease')) as SyncLease | undefined;
    if (lease?.holder === holder) await store.delete('syncLease');
  });
}

/** Whether some run holds a live lease (for syncIfStale: a pass already running is not stale). */
export async function leaseIsLive(access: StoreAccess): Promise<boolean> {
  const lease = (await (await access.db()).get('meta', 'syncLease')) as SyncLease | undefined;
  return lease !== undefined && lease.expiresAt > access.now() && !fromEarlierLife(lease.holder);
}
