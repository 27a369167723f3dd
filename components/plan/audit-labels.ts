/**
 * The audit log's codes (actor, action, result) as i18n keys: the stored entry keeps its code
 * (tests and exports read it), the table shows a translated word. An unknown code gets the
 * generic "other" label rather than being shown raw; an actor that is an account (an address)
 * is data and is shown as it is, as text.
 */
import type { AuditEntry } from '../../lib/model';
import { isPlanMessageKey, type PlanMessageKey } from '../../lib/plans/i18n';

function labelKey(group: 'actor' | 'action', code: string): PlanMessageKey {
  const key = `plan.audit.${group}.${code}`;
  return isPlanMessageKey(key) ? key : `plan.audit.${group}.other`;
}

export const auditActorKey = (actor: string): PlanMessageKey => labelKey('actor', actor);
/** An actor that is an account rather than a code: shown as it is. */
export const isAccountActor = (actor: string): boolean => actor.includes('@');
export const auditActionKey = (action: string): PlanMessageKey => labelKey('action', action);
export const auditResultKey = (result: AuditEntry['result']): PlanMessageKey => `plan.audit.result.${result}`;
