import { createHash } from 'node:crypto';
import type { Scenario } from '../../core/scenario';

/**
 * The people a provider knows: every mail address the scenario mentions anywhere (HubSpot users,
 * inboxes, channels, grants, directory admins, signed-in accounts). Provider-neutral; the
 * Microsoft modules use it too.
 */
export function scenarioAddresses(scenario: Scenario): string[] {
  const all = [
    ...scenario.users.map((u) => u.email),
    ...(scenario.personalInboxes ?? []).map((i) => i.address),
    ...(scenario.teamChannels ?? []).map((c) => c.address),
    ...(scenario.providerGrants ?? []).map((g) => g.address),
    ...(scenario.directories?.googleWorkspace ?? []).flatMap((w) => w.admins ?? []),
    ...(scenario.directories?.entraTenants ?? []).flatMap((t) => t.admins ?? []),
    ...Object.entries(scenario.signedIn ?? {}).filter(([key]) => key !== 'hubspotUserId').map(([, value]) => value),
  ];
  return [...new Set(all.filter((a): a is string => typeof a === 'string' && a.includes('@')).map(normalizeAddress))];
}

export function normalizeAddress(address: string): string {
  return address.trim().toLowerCase();
}

export function domainOf(address: string): string {
  return normalizeAddress(address).split('@')[1] ?? '';
}

export function sameAddress(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && normalizeAddress(a) === normalizeAddress(b);
}

export interface PersonName {
  displayName: string;
  givenName: string | null;
  surname: string | null;
}

/** The HubSpot user's name when the address is a HubSpot user's, else the address's local part. */
export function personName(scenario: Scenario, address: string): PersonName {
  const user = scenario.users.find((u) => sameAddress(u.email, address));
  const givenName = user?.firstName ?? null;
  const surname = user?.lastName ?? null;
  const full = [givenName, surname].filter(Boolean).join(' ');
  return { displayName: full || normalizeAddress(address).split('@')[0] || address, givenName, surname };
}

/** A stable hex digest of some text, for ids that must not change between runs. */
export function stableHex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
