import type { ProviderGrant, Scenario } from '../../core/scenario';
import { domainOf, normalizeAddress, sameAddress, scenarioAddresses, stableHex } from './people';

/** Google Workspace facts derived from scenario.directories.googleWorkspace and providerGrants. */

export interface WorkspaceUser {
  email: string;
  /** Google's unique user id: a 21-digit decimal string, derived from the address. */
  id: string;
  workspace: { domain: string; admins: string[] };
}

/** Google user ids look like "103547991597142817347"; ours are a stable hash of the address. */
export function googleUserId(email: string): string {
  const digits = BigInt(`0x${stableHex(`google-user:${normalizeAddress(email)}`).slice(0, 16)}`).toString().padStart(20, '0');
  return `1${digits.slice(0, 20)}`;
}

function workspaceFor(scenario: Scenario, email: string): WorkspaceUser['workspace'] | undefined {
  const domain = domainOf(email);
  const found = scenario.directories?.googleWorkspace?.find((w) => w.domain.toLowerCase() === domain);
  return found ? { domain: found.domain.toLowerCase(), admins: (found.admins ?? []).map(normalizeAddress) } : undefined;
}

/**
 * The Workspace user a `userKey` names (primary email or unique id, §2). Undefined for consumer
 * addresses, addresses outside every configured Workspace domain, and addresses the scenario
 * never mentions.
 */
export function findWorkspaceUser(scenario: Scenario, userKey: string): WorkspaceUser | undefined {
  const key = normalizeAddress(userKey);
  const email = scenarioAddresses(scenario).find((a) => a === key || googleUserId(a) === key);
  if (!email) return undefined;
  const workspace = workspaceFor(scenario, email);
  return workspace ? { email, id: googleUserId(email), workspace } : undefined;
}

export function isWorkspaceAdmin(user: WorkspaceUser, caller: string): boolean {
  return user.workspace.admins.includes(normalizeAddress(caller));
}

/**
 * A grant's OAuth client id. Scenarios may leave it out; then a stable id in Google's
 * "<project number>-<hash>.apps.googleusercontent.com" form is derived from the app name.
 */
export function googleClientId(grant: ProviderGrant): string {
  if (grant.clientId) return grant.clientId;
  const hex = stableHex(`google-client:${grant.app}`);
  const project = BigInt(`0x${hex.slice(0, 10)}`).toString().slice(0, 12);
  return `${project}-${hex.slice(10, 42)}.apps.googleusercontent.com`;
}

/** The scenario's Google grants for one address, in scenario order. */
export function googleGrantsOf(scenario: Scenario, email: string): ProviderGrant[] {
  return (scenario.providerGrants ?? []).filter((g) => g.provider === 'google' && sameAddress(g.address, email));
}

/** Removes grants in place (GET /state must show the change); returns how many went. */
export function removeGrants(scenario: Scenario, doomed: (grant: ProviderGrant) => boolean): number {
  const grants = scenario.providerGrants ?? [];
  const kept = grants.filter((g) => !doomed(g));
  const removed = grants.length - kept.length;
  if (removed > 0) scenario.providerGrants = kept;
  return removed;
}
