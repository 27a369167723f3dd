import type { Finding, Severity } from '../model';
import type { DiagnoseSnapshot } from './snapshot';

/**
 * One diagnosis. `code` is also the rule's file name (rules/<code>.ts) and its i18n prefix
 * (`finding.<code>.title`, `finding.<code>.fix`). `severity` and `planFlow` are the rule's usual
 * ones; a finding may state its own when the evidence is weaker (e.g. a grant not verified gone
 * is `info`, a grant seen present is `warning`) or the fix depends on the provider.
 */
export interface Rule {
  code: string;
  severity: Severity;
  planFlow?: string;
  run(snapshot: DiagnoseSnapshot, now: string): Finding[];
}

/**
 * What a rule returns for an address it has nothing to say about. Shared (a rule's flatMap over
 * 10,000 addresses would otherwise allocate 10,000 empty arrays per rule): never push into it.
 */
export const NO_FINDINGS: readonly Finding[] = Object.freeze([]);

export interface FindingDetails {
  evidence: readonly string[];
  severity?: Severity;
  planFlow?: string;
}

export function findingOf(rule: Rule, subject: string, now: string, details: FindingDetails): Finding {
  const planFlow = details.planFlow ?? rule.planFlow;
  return {
    id: `${rule.code}:${subject}`,
    code: rule.code,
    severity: details.severity ?? rule.severity,
    subject,
    // Unique, in the rule's fixed order: an unchanged world gives an identical finding.
    evidence: [...new Set(details.evidence)],
    ...(planFlow ? { planFlow } : {}),
    foundAt: now,
  };
}
