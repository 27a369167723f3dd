/**
 * What the partner rules read, and the questions they ask of it: is the connected portal a partner
 * account, which employee domain does its Automation page show, who is signed in to HubSpot and
 * may change it. Pure: assembled by read-facts.ts (extension pages) or the diagnose snapshot.
 *
 * Observations speak only for the connected portal: its UI host and its id in the page's path
 * (a partner employee also opens client portals; their pages say nothing about this one).
 */
import type { CrmUser, Observation } from '../model';
import { normalizeAddress, observedContext } from '../model';

export const PARTNER_DOMAIN_KIND = 'partner-domain' as const;
export const PARTNER_SECTION_KIND = 'partner-section' as const;

/** The observations' and findings' subject for a portal's partner settings. */
export const partnerSubject = (portalId: number | string): string => `partner:${portalId}`;
export const isPartnerSubject = (subject: string): boolean => /^partner:\d+$/.test(subject);

export interface PartnerPortal {
  id: number;
  /** app.hubspot.com or app-eu1.hubspot.com: where its pages are read. */
  uiHost: string;
  /**
   * The HubSpot user the token belongs to, when known. Only token introspection names it, and
   * that puts the token in a URL path (issue 18): connecting no longer asks, so this is set only
   * for a portal connected before; the signed-in user then comes from HubSpot's own pages.
   */
  tokenUser?: string;
}

export interface PartnerFacts {
  /** The connected portal; undefined while HubSpot is not connected. */
  portal: PartnerPortal | undefined;
  observations: readonly Observation[];
  users: readonly CrmUser[];
}

const newestFirst = (a: Observation, b: Observation) => b.observedAt.localeCompare(a.observedAt);

/** The portal's own readings of `kind`, newest first. */
export function portalReadings(facts: PartnerFacts, kind: typeof PARTNER_DOMAIN_KIND | typeof PARTNER_SECTION_KIND): Observation[] {
  const portal = facts.portal;
  if (!portal) return [];
  const subject = partnerSubject(portal.id);
  return facts.observations
    .filter((o) => o.kind === kind && o.address === subject && o.host === portal.uiHost && observedContext(o).portalId === portal.id)
    .sort(newestFirst);
}

export type PartnerAccount = 'unknown' | 'partner' | 'not-partner';

/**
 * Whether HubSpot's settings show a Partner section for this portal, from the newest settings page
 * seen (the sidebar), or the Automation page itself. No API says it (account details'
 * accountType is STANDARD for partners too), so until a settings page was seen it is unknown.
 */
export function partnerAccount(facts: PartnerFacts): PartnerAccount {
  const newest = [...portalReadings(facts, PARTNER_SECTION_KIND), ...portalReadings(facts, PARTNER_DOMAIN_KIND)].sort(newestFirst)[0];
  if (!newest) return 'unknown';
  if (newest.kind === PARTNER_DOMAIN_KIND) return 'partner';
  return newest.value.partner === true ? 'partner' : 'not-partner';
}

export type CurrentDomain =
  | { seen: false }
  | { seen: true; domain: string | null; at: string; where: string; editable: boolean };

/** The employee domain as the Automation page last showed it ("not seen yet" until it was). */
export function currentDomain(facts: PartnerFacts): CurrentDomain {
  const reading = portalReadings(facts, PARTNER_DOMAIN_KIND)[0];
  if (!reading) return { seen: false };
  const domain = typeof reading.value.domain === 'string' && reading.value.domain !== '' ? reading.value.domain : null;
  return { seen: true, domain, at: reading.observedAt, where: `${reading.host}${reading.path}`, editable: reading.value.editable === true };
}

export interface SignedInHubSpotUser {
  email: string;
  /** 'page': the newest HubSpot settings page of this portal showed it; 'token': the token's user. */
  source: 'page' | 'token';
}

/**
 * Who is signed in to HubSpot in this browser: the newest settings page of the portal that showed
 * its user (the account menu or "Signed in as"), else the user the token was issued to.
 */
export function signedInHubSpotUser(facts: PartnerFacts): SignedInHubSpotUser | undefined {
  const all = [...portalReadings(facts, PARTNER_SECTION_KIND), ...portalReadings(facts, PARTNER_DOMAIN_KIND)].sort(newestFirst);
  const shown = all.find((o) => typeof o.value.user === 'string' && o.value.user !== '')?.value.user;
  if (typeof shown === 'string') return { email: normalizeAddress(shown), source: 'page' };
  return facts.portal?.tokenUser ? { email: normalizeAddress(facts.portal.tokenUser), source: 'token' } : undefined;
}

export interface DomainChangers {
  signedIn: SignedInHubSpotUser | undefined;
  /** The signed-in user's HubSpot record (Users API), when synced. */
  me: CrmUser | undefined;
  /** Only a Super Admin can change the employee domain (seeds 001, 004; Users API `superAdmin`). */
  canChange: boolean;
  /** The active Super Admins, by name: who to ask. */
  superAdmins: CrmUser[];
}

export function domainChangers(facts: PartnerFacts): DomainChangers {
  const signedIn = signedInHubSpotUser(facts);
  const active = facts.users.filter((u) => u.status === 'active');
  const me = signedIn ? active.find((u) => normalizeAddress(u.email) === signedIn.email) : undefined;
  const superAdmins = active.filter((u) => u.superAdmin).sort((a, b) => a.email.localeCompare(b.email));
  return { signedIn, me, canChange: me?.superAdmin === true, superAdmins };
}
