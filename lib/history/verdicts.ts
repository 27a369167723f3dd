/**
 * Runs every verdict rule over one mailbox's history: the most severe first, then in the rules'
 * order, which puts causes (a revoked grant, failing sign-ins) before symptoms (HubSpot's notice).
 */
import type { Severity } from '../model';
import { VERDICT_RULES } from './rules/index';
import type { MailboxHistory } from './snapshot';
import type { Verdict, VerdictRule } from './verdict';

const RANK: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };

/**
 * Every rule needs a provider event, a team channel or a Connected emails row: an address with
 * none of them (a user without a mailbox, most of a big portal) has no verdict, checked at once.
 */
function mayHaveVerdict(history: MailboxHistory): boolean {
  const { facts } = history;
  return history.events.length > 0 || facts.channelAccounts.length > 0 || facts.observations.some((o) => o.kind === 'crm-personal-inbox');
}

export function verdictsFor(history: MailboxHistory, now: string, rules: readonly VerdictRule[] = VERDICT_RULES): Verdict[] {
  if (!mayHaveVerdict(history)) return [];
  const found = rules.map((rule) => rule.run(history, now)).filter((verdict): verdict is Verdict => verdict !== undefined);
  // Array.prototype.sort is stable: equal severities keep the rules' order.
  return found.sort((a, b) => RANK[a.severity] - RANK[b.severity]);
}
