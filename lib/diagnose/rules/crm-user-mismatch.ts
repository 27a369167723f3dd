/**
 * crm-user-mismatch: a mailbox someone is signed in to (seen in Gmail or Outlook on the web) that
 * HubSpot's Connected emails page shows connected, while no HubSpot user has that address or the
 * only one is removed. HubSpot keeps logging this mailbox for a login that is not (or no longer)
 * a HubSpot user, e.g. an inbox connected under a colleague's HubSpot account, or one HubSpot
 * picked automatically from the signed-in Office 365 account (hubspot.md §9).
 */
import { connectedUnderEvidence, crmEvidence, signedInEvidence, userEvidence } from '../evidence';
import { hubspotUser, personalSide } from '../facts';
import type { Observation } from '../../model';
import { findingOf, NO_FINDINGS, type Rule } from '../rule';

const newest = (observations: readonly Observation[], kind: Observation['kind']): Observation | undefined =>
  observations.filter((o) => o.kind === kind).sort((a, b) => b.observedAt.localeCompare(a.observedAt))[0];

/** The HubSpot user whose Connected emails list showed the inbox (`portal:P:user:<email>` scope). */
function connectedUnder(observation: Observation | undefined): string | undefined {
  const scope = observation?.value.scope;
  return typeof scope === 'string' ? /:user:(.+)$/.exec(scope)?.[1] : undefined;
}

export const crmUserMismatch: Rule = {
  code: 'crm-user-mismatch',
  severity: 'warning',
  planFlow: 'disconnect-personal-inbox',
  run(snapshot, now) {
    return snapshot.onEitherSide.flatMap((facts) => {
      const signedIn = newest(facts.observations, 'signed-in-address');
      const side = personalSide(facts);
      const user = hubspotUser(facts);
      if (!signedIn || side?.state !== 'connected' || (user && user.status !== 'removed')) return NO_FINDINGS;
      const under = connectedUnder(newest(facts.observations, 'crm-personal-inbox'));
      const evidence = [signedInEvidence(signedIn), crmEvidence(side), ...(under ? [connectedUnderEvidence(under)] : []), ...(user ? [userEvidence(user)] : [])];
      return [findingOf(crmUserMismatch, facts.address, now, { evidence })];
    });
  },
};
