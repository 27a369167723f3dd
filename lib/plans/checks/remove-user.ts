/**
 * The one destructive people call: Users API DELETE of the person (hubspot.md §1, 204). Before the
 * intent is recorded, a fresh look at HubSpot refuses the two removals Inboxlink never makes:
 * yourself (the user signed in to HubSpot: HubSpot's way is Settings > Security, remove-me; not
 * knowing who that is refuses too) and the last
 * Super Admin (a Super Admin with no other active Super Admin left in the account).
 */
import { NotFoundError } from '../../clients/errors';
import { readPartnerFacts } from '../../partner/read-facts';
import { isSelf, signedInSelf } from '../../people/person-rules';
import type { PlanUsersClient } from '../clients';
import type { ActResult, StepNote, StepRun } from '../types';

/** A user list of a few thousand pages at most; the walk stops there rather than loop on a broken cursor. */
const MAX_PAGES = 200;

/** Whether `userId` is a Super Admin and no other Super Admin is active (their owner live). */
export async function isLastActiveSuperAdmin(client: PlanUsersClient, userId: string, signal?: AbortSignal): Promise<boolean> {
  const call = signal ? { signal } : {};
  const person = await client.getUser(userId, 'USER_ID', call);
  if (!person.superAdmin) return false;
  let after: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const answer = await client.listUsers({ limit: 100, ...(after ? { after } : {}), ...call });
    for (const other of answer.results) {
      if (!other.superAdmin || other.id === userId) continue;
      try {
        await client.getOwner(other.id, { by: 'userId', archived: false, ...call });
        return false;
      } catch (error) {
        if (!(error instanceof NotFoundError)) throw error;
      }
    }
    if (!answer.nextAfter) return true;
    after = answer.nextAfter;
  }
  // A list that never ended proves nothing: treat the person as the last one (refuse).
  return true;
}

/**
 * Refuses the DELETE when it might remove yourself: who is signed in to HubSpot is read afresh
 * from what its pages showed for this portal (no API names the token's user since issue 18).
 * Unknown means refused, with the way to make it known: a removal is never made on a guess.
 */
export async function removalRefusal(run: StepRun): Promise<StepNote | undefined> {
  const { person, address } = run.context;
  if (!person) return { code: 'person-unknown' };
  const self = signedInSelf(await readPartnerFacts(run.access));
  if (!self) return { code: 'self-unknown' };
  if (isSelf({ id: person.userId, email: address }, self)) return { code: 'remove-self-refused' };
  const client = await run.clients.hubspotUsers?.();
  if (!client) return { code: 'person-no-token' };
  try {
    if (await isLastActiveSuperAdmin(client, person.userId, run.signal)) return { code: 'last-super-admin', data: { address } };
  } catch (error) {
    // Already removed: nothing to refuse, the act will find it gone.
    if (!(error instanceof NotFoundError)) throw error;
  }
  return undefined;
}

export async function removeHubSpotUser(run: StepRun): Promise<ActResult> {
  const client = await run.clients.hubspotUsers?.();
  const userId = run.context.person?.userId;
  if (!client || !userId) throw new Error('No HubSpot token for this plan.');
  try {
    await client.removeUser(userId, run.signal ? { signal: run.signal } : {});
    return { outcome: 'deleted', detail: `user ${userId} removed` };
  } catch (error) {
    if (error instanceof NotFoundError) return { outcome: 'already-gone', detail: `user ${userId} was already removed` };
    throw error;
  }
}
