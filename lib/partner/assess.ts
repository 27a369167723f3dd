/**
 * The check of the partner employee domain (seeds 001, 004): where the partner's people are, the
 * domain to suggest, who belongs in the Client Access Manager, and what is wrong with the domain
 * the Automation page shows. Pure; the diagnose rules and the Partner view read the same answer.
 */
import type { CrmUser } from '../model';
import { additionalDomains, clientAccessList, type ClientAccessEntry } from './client-access';
import { domainDistribution, usersOn, type DomainDistribution } from './distribution';
import type { CurrentDomain } from './facts';
import { isSharedMailDomain } from './shared-domains';
import { suggestDomain, type DomainSuggestion } from './suggestion';

/** A reading older than this may no longer hold: open the Automation page again. */
export const PARTNER_DOMAIN_STALE_DAYS = 30;
const DAY_MS = 86_400_000;

export type DomainProblem = 'unset' | 'shared' | 'stale' | 'minority';

export interface DomainAssessment {
  distribution: DomainDistribution;
  suggestion: DomainSuggestion;
  /**
   * The employee domain the Client Access Manager list is measured against: the suggestion when
   * there is one (it is the current domain unless another is used by more employees), else the
   * current domain when it is usable. Undefined when neither is.
   */
  basis: string | undefined;
  /** Non-shared domains besides the basis, to handle in the Client Access Manager. */
  additionalDomains: string[];
  clientAccess: ClientAccessEntry[];
  /** Active users on the current domain. */
  currentUsers: number;
  problems: DomainProblem[];
  /** Whole days since the Automation page was seen (undefined while not seen). */
  ageDays: number | undefined;
}

export function assessPartnerDomain(current: CurrentDomain, users: readonly CrmUser[], now: string): DomainAssessment {
  const distribution = domainDistribution(users);
  const domain = current.seen ? current.domain : null;
  const usable = domain !== null && !isSharedMailDomain(domain);
  const suggestion = suggestDomain(distribution, usable ? domain : null);
  const basis = suggestion.kind === 'domain' ? suggestion.domain : usable ? domain : undefined;
  const currentUsers = usersOn(distribution, domain);
  const ageDays = current.seen ? Math.floor((Date.parse(now) - Date.parse(current.at)) / DAY_MS) : undefined;
  const problems: DomainProblem[] = [];
  if (current.seen) {
    if (domain === null) problems.push('unset');
    else if (!usable) problems.push('shared');
    // A minority only where a better domain exists: with everyone else on shared domains the
    // current one is right, and the rest belongs in the Client Access Manager.
    else if (currentUsers * 2 < distribution.total && distribution.domains.some((d) => !d.shared && d.users > currentUsers)) problems.push('minority');
    if (ageDays !== undefined && ageDays > PARTNER_DOMAIN_STALE_DAYS) problems.push('stale');
  }
  return {
    distribution,
    suggestion,
    basis,
    additionalDomains: additionalDomains(distribution, basis),
    clientAccess: clientAccessList(users, distribution, basis),
    currentUsers,
    problems,
    ageDays,
  };
}
