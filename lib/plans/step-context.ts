import type { PlanContext, RunPlan, RunStep } from './types';

/**
 * The context a step acts in: its own when it has one (a people plan's mailbox, team channel or
 * grant steps are about other addresses than the person), else the plan's. Every step's work,
 * check, audit subject and guide text go through this, so a step composed from a mailbox flow
 * behaves in a people plan exactly as in that mailbox's own plan.
 */
export function contextOf(plan: Pick<RunPlan, 'context'>, step: Pick<RunStep, 'context'>): PlanContext {
  return step.context ?? plan.context;
}

/** What a step's audit entries are about: the address it acts on. */
export function subjectOf(plan: Pick<RunPlan, 'context' | 'subject'>, step: Pick<RunStep, 'context'> | undefined): string {
  return step?.context?.address ?? plan.subject;
}

/** The admin account (or HubSpot) an api step acts as, for the audit trail. */
export function actingAccount(context: PlanContext): string {
  return context.googleAdmin ?? context.microsoftAdmin ?? (context.person ? `HubSpot portal ${context.portal.id}` : 'unknown admin');
}
