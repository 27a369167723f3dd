/**
 * The audit log's codes (actor, action, result) as i18n keys: the stored entry keeps its code
 * (tests and exports read it), the table shows a translated word. An unknown code gets the
 * generic "other" label rather than being shown raw; an actor that is an account (an address)
 * is data and is shown as it is, as text.
 */
import type { AuditEntry } from '../../lib/model';
import { isMessageKey } from '../../lib/i18n';
import type { PlanMessageKey } from '../../lib/plans/i18n';

function labelKey(group: 'actor' | 'action', code: string): PlanMessageKey {
  const key = `plan.audit.${group}.${code}`;
  // Every plan.audit.* key is a plan message (lib/i18n/locales/plans).
  return isMessageKey(key) ? (key as PlanMessageKey) : `plan.audit.${group}.other`;
}

export const auditActorKey = (actor: string): PlanMessageKey => labelKey('actor', actor);
/** An actor that is an account rather than a code: shown as it is. */
export const isAccountActor = (actor: string): boolean => actor.includes('@');
export const auditActionKey = (action: string): PlanMessageKey => labelKey('action', action);
/**
 * The result as the log shows it. An intent entry records the request being sent, written before
 * the provider answers (lib/plans stores it as 'ok'): it reads "Sent", never "Done", so it cannot
 * contradict the result entry that follows ("Result of the removal — Failed").
 */
export function auditResultKey(entry: Pick<AuditEntry, 'action' | 'result'>): PlanMessageKey {
  if (entry.action === 'step.intent' && entry.result === 'ok') return 'plan.audit.result.sent';
  return `plan.audit.result.${entry.result}`;
}
