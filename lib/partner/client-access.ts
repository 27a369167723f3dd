/**
 * Who HubSpot will not recognise by the partner employee domain and must be assigned to client
 * accounts with the Client Access Manager instead (seeds 001, 004): every active user on a shared
 * mail domain, and every active user on another domain than the employee domain (contractors,
 * other offices). Without an employee domain to measure against (a tie not decided yet, nothing
 * set) only the shared-domain users are certain to need it.
 */
import type { CrmUser } from '../model';
import { activeUsers, type DomainDistribution } from './distribution';
import { domainOf } from './domains';

export type OutsideReason = 'shared-domain' | 'other-domain';

export interface ClientAccessEntry {
  userId: string;
  email: string;
  /** First and last name as HubSpot has them; empty when it has none. */
  name: string;
  domain: string;
  reason: OutsideReason;
}

export function displayName(user: Pick<CrmUser, 'firstName' | 'lastName'>): string {
  return [user.firstName, user.lastName].filter((part) => part && part.trim() !== '').join(' ');
}

export function clientAccessList(users: readonly CrmUser[], distribution: DomainDistribution, basis: string | undefined): ClientAccessEntry[] {
  const shared = new Set(distribution.domains.filter((d) => d.shared).map((d) => d.domain));
  return activeUsers(users)
    .map((user): ClientAccessEntry | undefined => {
      const domain = domainOf(user.email);
      const reason: OutsideReason | undefined = shared.has(domain) ? 'shared-domain' : basis !== undefined && domain !== basis ? 'other-domain' : undefined;
      return reason ? { userId: user.id, email: user.email.toLowerCase(), name: displayName(user), domain, reason } : undefined;
    })
    .filter((entry): entry is ClientAccessEntry => entry !== undefined)
    .sort((a, b) => a.reason.localeCompare(b.reason) || a.domain.localeCompare(b.domain) || a.email.localeCompare(b.email));
}

/** The non-shared domains besides the employee domain: to be handled in the Client Access Manager. */
export function additionalDomains(distribution: DomainDistribution, basis: string | undefined): string[] {
  return distribution.domains.filter((d) => !d.shared && d.domain !== basis).map((d) => d.domain);
}
