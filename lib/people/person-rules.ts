import { normalizeAddress, type CrmUser } from '../model';
import { signedInHubSpotUser, type PartnerFacts } from '../partner/facts';

/**
 * The two people rules Inboxlink never bends: it does not take the account's last Super Admin
 * away (HubSpot: "you can delete your user account entirely only when you are not the last Super
 * Admin while other users remain", seed 002), and it does not remove yourself through the API
 * (HubSpot's own way is Settings > General > Security, seed 002). Pure: they read a snapshot; the
 * removal call checks HubSpot once more (lib/plans/checks/remove-user.ts).
 */

/**
 * Who "you" are in HubSpot: the user signed in on HubSpot's pages of the connected portal, as the
 * guide last saw it (the settings pages' account menu; lib/partner/facts.ts), with their user id
 * when the users are synced. Undefined until a settings page was seen: then nobody is "you" for
 * sure, and the API removal refuses (lib/plans/checks/remove-user.ts) rather than guess.
 */
export interface SelfRef {
  userId?: string;
  email?: string;
}

export function signedInSelf(facts: PartnerFacts): SelfRef | undefined {
  const signedIn = signedInHubSpotUser(facts);
  if (!signedIn) return undefined;
  const user = facts.users.find((u) => u.status !== 'removed' && normalizeAddress(u.email) === signedIn.email);
  return { email: signedIn.email, ...(user ? { userId: user.id } : {}) };
}

export function isSelf(user: Pick<CrmUser, 'id' | 'email'>, self: SelfRef | undefined): boolean {
  if (!self) return false;
  return self.userId === user.id || (self.email !== undefined && normalizeAddress(self.email) === normalizeAddress(user.email));
}

/** A Super Admin with no other active Super Admin in the account. */
export function isLastActiveSuperAdmin(user: Pick<CrmUser, 'id' | 'superAdmin'>, users: readonly Pick<CrmUser, 'id' | 'superAdmin' | 'status'>[]): boolean {
  return user.superAdmin && !users.some((other) => other.id !== user.id && other.superAdmin && other.status === 'active');
}
