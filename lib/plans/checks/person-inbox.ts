/**
 * A departing person's personal inbox. Only its owner sees it on HubSpot's Connected emails page
 * (hubspot.md §4: no API), so an admin cannot disable it for them; HubSpot does it on
 * deactivation ("their personal emails are disconnected", seed 002) and the inbox goes with the
 * user's profile on removal. The check takes, in this order: the page (the person disabled or
 * removed it themselves, observed), the person's removal (404), the person's deactivation (owner
 * archived). Neither seen: the admin's confirmation is all there is.
 */
import { confirmedAt, verifyByObservation } from '../observe';
import type { StepRun, VerifyResult } from '../types';
import { personState } from './person';

export async function verifyPersonalInboxGone(run: StepRun): Promise<VerifyResult> {
  const spec = { kind: 'crm-personal-inbox' as const, address: run.context.address, expect: { state: ['disabled', 'removed'] } };
  const seen = await verifyByObservation(run.access, spec, confirmedAt(run.step));
  if (seen.state === 'gone') return seen;
  const client = await run.clients.hubspotUsers?.();
  const userId = run.context.person?.userId;
  if (client && userId) {
    const state = await personState({ client, userId, ...(run.signal ? { signal: run.signal } : {}) });
    if (state === 'removed') return { state: 'gone', by: 'api', detail: 'the user is removed (404): the inbox went with the profile', note: { code: 'inbox-by-removal' } };
    if (state === 'deactivated') return { state: 'gone', by: 'api', detail: 'the user is deactivated (owner archived): HubSpot disconnects their personal emails', note: { code: 'inbox-by-deactivation' } };
  }
  return { state: 'unknown', detail: 'not seen disconnected and the user is not deactivated', note: { code: 'inbox-not-seen' } };
}
