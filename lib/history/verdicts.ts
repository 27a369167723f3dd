/**
 * Runs every verdict rule over one mailbox's history: the most severe first, then in the rules'
 * order, which puts causes (a revoked grant, failing sign-ins) before symptoms (HubSpot's notice).
 */
import type { Severity } from '../model';
import { VERDICT_RULES } from './rules/index';
import type { MailboxHistory } from './snapshot';
import type { Verdict, VerdictRule } from './verdict';

const RANK: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };

export function verdictsFor(history: MailboxHistory, now: string, rules: readonly VerdictRule[] = VERDICT_RULES): Verdict[] {
  const found = rules.map((rule) => rule.run(history, now)).filter((verdict): verdict is Verdict => verdict !== undefined);
  // Array.prototype.sort is stable: equal severities keep the rules' order.
  return found.sort((a, b) => RANK[a.severity] - RANK[b.severity]);
}
