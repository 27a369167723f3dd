/**
 * What HubSpot's APIs say about a person (hubspot.md §1, §2, §10): there is no active flag and no
 * deactivate API, so a user's state is read the way HubSpot exposes it — the CRM owner is archived
 * for a deactivated (or removed) user, live for an active one; a removed user is gone from the
 * users API (404). Where the token may read it, the account's security activity names who made
 * the change and when (types DEACTIVATE_USER, REACTIVATE_USER, REMOVE_USER, ADD_ADMIN_USER):
 * supporting evidence for the audit trail, never the verdict.
 */
import { MissingScopeError, NotFoundError } from '../../clients/errors';
import type { PlanUsersClient } from '../clients';
import type { PlanContext, StepRun, VerifyResult } from '../types';

export type PersonState = 'active' | 'deactivated' | 'removed';

interface Read {
  client: PlanUsersClient;
  userId: string;
  signal?: AbortSignal;
}

const signalOf = (signal?: AbortSignal) => (signal ? { signal } : {});

async function readerFor(run: StepRun): Promise<Read | undefined> {
  const client = await run.clients.hubspotUsers?.();
  const userId = run.context.person?.userId;
  if (!client || !userId) return undefined;
  return { client, userId, ...signalOf(run.signal) };
}

/** The person's state from the owners API and the users API. */
export async function personState({ client, userId, signal }: Read): Promise<PersonState> {
  try {
    await client.getOwner(userId, { by: 'userId', archived: false, ...signalOf(signal) });
    return 'active';
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
  }
  try {
    await client.getUser(userId, 'USER_ID', signalOf(signal));
  } catch (error) {
    if (error instanceof NotFoundError) return 'removed';
    throw error;
  }
  // Still a user, no live owner: deactivated (its owner is in the archived half).
  return 'deactivated';
}

/** The newest security activity entry of `type` about the person since `since`, as a sentence for the record. */
async function activityEvidence({ client, userId, signal }: Read, type: string, since: string | undefined): Promise<string> {
  try {
    const from = since ? Date.parse(since) - 60_000 : undefined;
    let after: string | undefined;
    let found: { createdAt: string; actingUser?: string } | undefined;
    for (let page = 0; page < 20; page++) {
      const answer = await client.listSecurityActions({ ...(from === undefined ? {} : { fromTimestamp: from }), ...(after ? { after } : {}), limit: 100, ...signalOf(signal) });
      for (const event of answer.results) if (event.type === type && event.objectId === userId) found = event;
      if (!answer.nextAfter) break;
      after = answer.nextAfter;
    }
    return found ? `security activity: ${type} by ${found.actingUser ?? 'unknown user'} at ${found.createdAt}` : `security activity: no ${type} entry yet`;
  } catch (error) {
    if (error instanceof MissingScopeError) return 'security activity not readable (account-info.security.read)';
    throw error;
  }
}

const noClient: VerifyResult = { state: 'unknown', detail: 'no HubSpot token', note: { code: 'person-no-token' } };

const listing = (context: PlanContext, status: PersonState): VerifyResult['userListing'] =>
  context.person ? { userId: context.person.userId, status } : undefined;

/** Done when the person is deactivated (owner archived, still a user) or already removed. */
export async function verifyDeactivated(run: StepRun): Promise<VerifyResult> {
  const read = await readerFor(run);
  if (!read) return noClient;
  const state = await personState(read);
  if (state === 'active') return { state: 'present', by: 'api', detail: 'owner is not archived', note: { code: 'person-still-active' }, userListing: listing(run.context, 'active') };
  const evidence = await activityEvidence(read, state === 'removed' ? 'REMOVE_USER' : 'DEACTIVATE_USER', run.step.activatedAt);
  return { state: 'gone', by: 'api', detail: `owner archived (${state}); ${evidence}`, note: { code: 'person-deactivated' }, userListing: listing(run.context, state) };
}

/** Done when the person's owner is live again. */
export async function verifyReactivated(run: StepRun): Promise<VerifyResult> {
  const read = await readerFor(run);
  if (!read) return noClient;
  const state = await personState(read);
  if (state !== 'active') return { state: 'present', by: 'api', detail: `user is ${state}`, note: { code: state === 'removed' ? 'person-removed-already' : 'person-still-deactivated' } };
  const evidence = await activityEvidence(read, 'REACTIVATE_USER', run.step.activatedAt);
  return { state: 'gone', by: 'api', detail: `owner live again; ${evidence}`, note: { code: 'person-reactivated' }, userListing: listing(run.context, 'active') };
}

/** Done when the users API no longer knows the person (404): removed. */
export async function verifyRemoved(run: StepRun): Promise<VerifyResult> {
  const read = await readerFor(run);
  if (!read) return noClient;
  try {
    await read.client.getUser(read.userId, 'USER_ID', signalOf(read.signal));
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
    const evidence = await activityEvidence(read, 'REMOVE_USER', run.step.activatedAt);
    return { state: 'gone', by: 'api', detail: `users API answers 404; ${evidence}`, note: { code: 'person-removed' }, userListing: listing(run.context, 'removed') };
  }
  return { state: 'present', by: 'api', detail: 'users API still lists the user', note: { code: 'person-not-removed' } };
}

/** Done when the users API says the person is a Super Admin (HubSpot offers no API to make one). */
export async function verifySuperAdmin(run: StepRun): Promise<VerifyResult> {
  const read = await readerFor(run);
  if (!read) return noClient;
  const user = await read.client.getUser(read.userId, 'USER_ID', signalOf(read.signal));
  if (!user.superAdmin) return { state: 'present', by: 'api', detail: 'superAdmin is false', note: { code: 'person-not-super-admin' } };
  const evidence = await activityEvidence(read, 'ADD_ADMIN_USER', run.step.activatedAt);
  return { state: 'gone', by: 'api', detail: `superAdmin is true; ${evidence}`, note: { code: 'person-super-admin' } };
}
