/**
 * What a people plan's check proved about a user (owner archived, 404 from the users API), written
 * to the `crmUsers` and `owners` stores the way the sync writes them (status, archived, goneAt for
 * a removed user), so the People page and the status rule (a deactivated user's personal inbox is
 * disconnected, seed 002) follow at once instead of at the next sync.
 */
import type { StoreAccess } from '../store/access';
import type { VerifyResult } from './types';

export async function recordUserListing(access: StoreAccess, result: VerifyResult, at: string): Promise<void> {
  const { userListing } = result;
  if (!userListing || result.state === 'unknown') return;
  await access.write(['crmUsers', 'owners'], async (tx) => {
    const users = tx.objectStore('crmUsers');
    const user = await users.get(userListing.userId);
    if (user) {
      const { goneAt: _was, ...rest } = user;
      await users.put({ ...rest, status: userListing.status, syncedAt: at, ...(userListing.status === 'removed' ? { goneAt: at } : {}) });
    }
    const owners = tx.objectStore('owners');
    for (const owner of await owners.index('userIdIncludingInactive').getAll(Number(userListing.userId))) {
      await owners.put({ ...owner, archived: userListing.status !== 'active', syncedAt: at });
    }
  });
}
