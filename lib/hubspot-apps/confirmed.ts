import type { StoreAccess } from '../store/access';
import type { ConfirmedApps } from './identity';

/**
 * The HubSpot apps each directory's admin confirmed (meta `hubspotApps`: app ids per directory,
 * `google:<domain>` / `entra:<tenant id>`), kept until sign-out clears the local data.
 */
declare module '../store/records' {
  interface MetaMap {
    hubspotApps: Record<string, string[]>;
  }
}

export async function readConfirmedApps(access: Pick<StoreAccess, 'db'>): Promise<ConfirmedApps> {
  return ((await (await access.db()).get('meta', 'hubspotApps')) as Record<string, string[]> | undefined) ?? {};
}

/** Adds `ids` to the directory's confirmed apps (one transaction, so two confirmations never lose one). */
export async function confirmApps(access: Pick<StoreAccess, 'write'>, directory: string, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await access.write(['meta'], async (tx) => {
    const store = tx.objectStore('meta');
    const all = ((await store.get('hubspotApps')) as Record<string, string[]> | undefined) ?? {};
    const known = new Set(all[directory] ?? []);
    for (const id of ids) known.add(id);
    await store.put({ ...all, [directory]: [...known] }, 'hubspotApps');
  });
}
