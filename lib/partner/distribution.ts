/**
 * Where the partner's people are: how many active HubSpot users are on each email domain. In the
 * partner's own portal the users are its employees (and contractors); deactivated and removed
 * users no longer work in client accounts, so they do not count.
 */
import type { CrmUser } from '../model';
import { domainOf } from './domains';
import { isSharedMailDomain } from './shared-domains';

export interface DomainCount {
  domain: string;
  /** Active users whose login address is on this domain. */
  users: number;
  /** A shared mail domain (gmail.com, wp.pl, …): never a partner employee domain. */
  shared: boolean;
}

export interface DomainDistribution {
  /** Active users with an address (the whole). */
  total: number;
  /** Most used first; equal counts by domain name, so the order never depends on the store's. */
  domains: DomainCount[];
}

export const activeUsers = (users: readonly CrmUser[]): CrmUser[] => users.filter((user) => user.status === 'active' && domainOf(user.email) !== '');

export function domainDistribution(users: readonly CrmUser[]): DomainDistribution {
  const counts = new Map<string, number>();
  const active = activeUsers(users);
  for (const user of active) {
    const domain = domainOf(user.email);
    counts.set(domain, (counts.get(domain) ?? 0) + 1);
  }
  const domains = [...counts]
    .map(([domain, count]) => ({ domain, users: count, shared: isSharedMailDomain(domain) }))
    .sort((a, b) => b.users - a.users || a.domain.localeCompare(b.domain));
  return { total: active.length, domains };
}

/** How many active users are on `domain` (0 for none or an unknown domain). */
export function usersOn(distribution: DomainDistribution, domain: string | null | undefined): number {
  return distribution.domains.find((d) => d.domain === domain)?.users ?? 0;
}
