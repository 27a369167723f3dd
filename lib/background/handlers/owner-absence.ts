/**
 * HubSpot lists a personal inbox only on the Connected emails page of the user who connected it,
 * and that page shows the signed-in user's own inboxes (its scope names them:
 * `portal:<id>:user:<email>`). So the owner's own address missing from the owner's complete
 * list is evidence: "not connected in HubSpot, seen on that page at that time". Any other
 * address missing from it says nothing (it may be connected by another user), and a list that
 * is searched, paged or partly shown proves nothing missing, nor does a page of another portal
 * than the scope's. An address a page listed before and no longer does is the snapshot handler's
 * "gone" rule (it needs the user's own action), not this one: this one speaks only where no page
 * ever listed it, or repeats its own reading.
 */
import { normalizeAddress, type Observation } from '../../model';

export const NOT_CONNECTED = 'not-connected';

/** The HubSpot user whose Connected emails list the scope names, lower case; undefined if none. */
export function ownerOfScope(scope: string): string | undefined {
  // Only an address names an owner whose mailbox this could be (a user id or name does not).
  const match = /^portal:\d+:user:([^\s@:]+@[^\s@:]+\.[^\s@:]+)$/.exec(scope);
  return match?.[1] ? normalizeAddress(match[1]) : undefined;
}

/** The portal the scope names, when the page's path is that portal's too (`/settings/<id>/…`). */
const scopeMatchesPath = (scope: string, path: string): boolean => {
  const portal = /^portal:(\d+):/.exec(scope)?.[1];
  return portal !== undefined && path.split('/').includes(portal);
};

export interface AbsenceInput {
  kind: Observation['kind'];
  scope: string;
  path: string;
  /** How much of its list the page showed; only 'complete' can show something missing. */
  listing: string;
  listed: ReadonlySet<string>;
  /** The owner's newest earlier reading of this kind on any page, if any. */
  lastSaid: Observation | undefined;
}

/** The owner's address when this snapshot proves it is not connected in HubSpot; else undefined. */
export function ownerNotConnected(input: AbsenceInput): string | undefined {
  if (input.kind !== 'crm-personal-inbox' || input.listing !== 'complete' || !scopeMatchesPath(input.scope, input.path)) return undefined;
  const owner = ownerOfScope(input.scope);
  if (!owner || input.listed.has(owner)) return undefined;
  // Listed on some page before (connected, disabled, removed): the "gone" rule decides, not this one.
  const before = input.lastSaid?.value.state;
  return before === undefined || before === NOT_CONNECTED ? owner : undefined;
}
