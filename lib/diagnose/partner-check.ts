/**
 * The partner employee domain as the partner rules see it (lib/partner: the same check the Partner
 * view shows): only for the connected portal, only when its settings show a Partner section, and
 * only once its Automation page was seen (before that the view says "not seen yet"; no finding).
 */
import { assessPartnerDomain, currentDomain, partnerAccount, partnerSubject, type DomainAssessment, type DomainProblem } from '../partner';
import type { PartnerFacts } from '../partner/facts';
import { domainUsersEvidence, partnerDomainEvidence, suggestedDomainEvidence } from './evidence';
import type { DiagnoseSnapshot } from './snapshot';

export interface PartnerCheck {
  subject: string;
  domain: string | null;
  assessment: DomainAssessment;
  /** The reading, the distribution and the suggestion, as evidence strings. */
  evidence: string[];
}

export function partnerCheck(snapshot: DiagnoseSnapshot, now: string): PartnerCheck | undefined {
  const facts: PartnerFacts = { portal: snapshot.portal, observations: snapshot.observations, users: snapshot.crmUsers };
  if (!facts.portal || partnerAccount(facts) !== 'partner') return undefined;
  const current = currentDomain(facts);
  if (!current.seen) return undefined;
  const assessment = assessPartnerDomain(current, facts.users, now);
  const evidence = [partnerDomainEvidence(current.domain, current.where, current.at)];
  if (assessment.distribution.domains.length > 0) evidence.push(domainUsersEvidence(assessment.distribution.domains));
  if (assessment.suggestion.kind === 'domain' && assessment.suggestion.domain !== current.domain) evidence.push(suggestedDomainEvidence(assessment.suggestion.domain));
  return { subject: partnerSubject(facts.portal.id), domain: current.domain, assessment, evidence };
}

/** The check when it found `problem`, else undefined. */
export function partnerProblem(snapshot: DiagnoseSnapshot, now: string, problem: DomainProblem): PartnerCheck | undefined {
  const check = partnerCheck(snapshot, now);
  return check?.assessment.problems.includes(problem) ? check : undefined;
}
