/**
 * A plan composed while the mailbox's provider was unknown has no provider step. When the provider
 * becomes known later (a HubSpot page names it, an admin signs in, a sync finds the grant), the
 * plan grows the step instead of finishing without it: the provider's flow is composed from what
 * the store knows now and put before the final check, which then runs again. A plan that already
 * ended "provider side still open" (status `partial`) is opened again the same way.
 */
import type { Capabilities, RunPlan, RunStep } from './types';
import type { MailboxFacts } from '../status/mailbox-facts';
import { composePlan } from './compose';
import { activateNext, audit, changed, unchanged, type Transition } from './transitions';

/** True when the plan has no step for the provider's side (composed with the provider unknown). */
export const lacksProviderSide = (plan: RunPlan): boolean => !plan.steps.some((step) => step.side === 'provider');

/** Mailbox plans that may grow: running, or ended with the provider side open. */
export const mayGrow = (plan: RunPlan): boolean =>
  plan.flow === 'unlink-mailbox' && (plan.status === 'running' || plan.status === 'partial') && lacksProviderSide(plan);

/** The final check, back to "to do": it checked a plan that had a side missing. */
function resetCheck(step: RunStep): void {
  step.state = 'pending';
  for (const field of ['error', 'note', 'proofs', 'resultAt', 'completedBy', 'detail', 'activatedAt'] as const) delete step[field];
}

/**
 * Adds the provider's steps the facts now call for, before the final check. Unchanged when the
 * plan has them already, or when the provider is still unknown.
 */
export function growProviderSide(plan: RunPlan, facts: MailboxFacts & { address: string }, capabilities: Capabilities, now: string): Transition {
  if (!mayGrow(plan)) return unchanged;
  const composed = composePlan(facts, capabilities, plan.context.portal);
  const added = composed.steps.filter((step) => step.side === 'provider');
  if (added.length === 0) return unchanged;
  const checkAt = plan.steps.findIndex((step) => step.side === 'check');
  const checks = checkAt < 0 ? [] : plan.steps.slice(checkAt);
  checks.forEach(resetCheck);
  plan.steps = [...plan.steps.slice(0, checkAt < 0 ? plan.steps.length : checkAt), ...added, ...checks];
  const { provider, googleAdmin, microsoftAdmin } = composed.context;
  plan.context = { ...plan.context, provider, ...(googleAdmin ? { googleAdmin } : {}), ...(microsoftAdmin ? { microsoftAdmin } : {}) };
  plan.notes = plan.notes.filter((note) => note !== 'provider-unknown');
  const reopened = plan.status === 'partial';
  plan.status = 'running';
  const flows = [...new Set(added.map((step) => step.flow))].join(', ');
  const trail = [audit(plan, 'inboxlink', 'plan.grow', 'ok', `provider now known (${provider}): added ${flows}${reopened ? '; plan reopened' : ''}`)];
  return changed(plan, [...trail, ...activateNext(plan, now)]);
}
