/**
 * A verdict: why a mailbox's connection went stale, in one sentence, with the date of the cause
 * and its fix. Rules (rules/<code>.ts) are pure functions of one mailbox's history: the file name
 * is the code and the i18n prefix (`history.verdict.<code>[.<variant>]`,
 * `history.fix.<fix kind>`). Dates stay ISO here; ./present.ts writes them in the user's
 * language and time zone.
 */
import type { MailProvider, Severity } from '../model';
import type { MailboxHistory } from './snapshot';

export type VerdictFix =
  /** Start the unlink plan for the mailbox (lib/plans composes the flows; `flow` names the main one). */
  | { kind: 'plan'; flow: string }
  /** Connect the mailbox again in HubSpot: what HubSpot will ask for (lib/plans/reconnect.ts). */
  | { kind: 'reconnect'; provider: MailProvider }
  /** Nothing to fix: the history explains a link that is already undone. */
  | { kind: 'none' };

export interface Verdict {
  code: string;
  severity: Severity;
  subject: string;
  /** The sentence's variant (`by-user`, `dated`…), when a rule has several. */
  variant?: string;
  /** When the cause happened: orders verdicts and timelines. */
  at?: string;
  params: Record<string, string | number>;
  /** ISO times the sentence names, by placeholder. */
  dates: Record<string, string>;
  fix: VerdictFix;
  /** Ids of the timeline entries (or event ids) that show it. */
  evidence: string[];
}

export interface VerdictRule {
  code: string;
  severity: Severity;
  run(history: MailboxHistory, now: string): Verdict | undefined;
}

export const DAY_MS = 86_400_000;

export function verdictOf(rule: VerdictRule, history: MailboxHistory, details: Omit<Verdict, 'code' | 'subject' | 'severity'> & { severity?: Severity }): Verdict {
  return { code: rule.code, subject: history.address, ...details, severity: details.severity ?? rule.severity };
}
