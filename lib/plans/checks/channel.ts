/**
 * Whether a team address still has a live email channel account in HubSpot, through the
 * Conversations channel-accounts API (hubspot.md §3: channelId 1002, address in
 * deliveryIdentifier). Without a HubSpot token it falls back to the Channels page observation.
 */
import { normalizeAddress } from '../../model';
import { EMAIL_CHANNEL_ID as EMAIL_CHANNEL } from '../../sync/jobs/hubspot-channel-accounts';
import { confirmedAt, verifyByObservation } from '../observe';
import { boundSpec } from '../observe-binding';
import type { StepRun, VerifyResult } from '../types';

/** A portal has few channel accounts; this only stops a server that pages forever. */
const MAX_PAGES = 50;

export async function verifyChannelGone(run: StepRun): Promise<VerifyResult> {
  const { context } = run;
  const hubspot = await run.clients.hubspot();
  if (!hubspot) {
    // The guided delete step's own expectation, bound to this portal's Channels page of the inbox.
    const deleted = run.plan.steps.find((step) => step.flow === 'delete-team-channel' && step.kind === 'guided');
    const spec = deleted && boundSpec(run.plan, deleted);
    if (!spec) return { state: 'unknown', detail: 'no Channels page step in this plan', note: { code: 'channel-no-evidence' } };
    const seen = await verifyByObservation(run.access, spec, confirmedAt(run.step));
    return seen.state === 'unknown' ? { state: 'unknown', detail: 'no HubSpot token and no Channels page seen', note: { code: 'channel-no-evidence' } } : seen;
  }
  const address = normalizeAddress(context.address);
  // What the listing covered, for the stored accounts it updates (lib/plans/channel-facts.ts).
  const inbox = context.inboxId === undefined ? {} : { inboxId: context.inboxId };
  let after: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const answer = await hubspot.listChannelAccounts({
      channelId: [EMAIL_CHANNEL],
      ...(context.inboxId === undefined ? {} : { inboxId: [context.inboxId] }),
      archived: false,
      ...(after === undefined ? {} : { after }),
      ...(run.signal ? { signal: run.signal } : {}),
    });
    const live = answer.results.find((account) => normalizeAddress(account.deliveryIdentifier?.value ?? '') === address);
    if (live) {
      const channelListing = { ...inbox, liveIds: [live.id] };
      return { state: 'present', by: 'api', detail: `channel account ${live.id} is not archived`, note: { code: 'channel-live', data: { account: live.id } }, channelListing };
    }
    if (answer.nextAfter === undefined) {
      return { state: 'gone', by: 'api', detail: 'no live email channel account for the address', note: { code: 'channel-gone' }, channelListing: { ...inbox, liveIds: [] } };
    }
    after = answer.nextAfter;
  }
  return { state: 'unknown', detail: 'channel accounts did not end', note: { code: 'channel-endless' } };
}
