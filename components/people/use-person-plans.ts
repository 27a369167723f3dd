import { useEffect } from 'preact/hooks';
import type { AuditEntry } from '../../lib/model';
import type { RunPlan } from '../../lib/plans';
import { openStore } from '../../lib/store/open';
import { sendPlanMessage } from '../plan/send';
import { useLiveQuery } from '../shared/use-live-query';

export const PERSON_FLOWS = ['offboard-person', 'reactivate-person', 'remove-me', 'make-super-admin'] as const;

export interface PersonPlans {
  /** Newest first; a running plan first of all. */
  plans: RunPlan[];
  /** The person's audit entries and those of their mailboxes, newest first. */
  audit: AuditEntry[];
}

async function loadPersonPlans(email: string, addresses: readonly string[]): Promise<PersonPlans> {
  const db = await openStore();
  const tx = db.transaction(['plans', 'audit'], 'readonly');
  const [plans, ...audits] = await Promise.all([
    tx.objectStore('plans').index('subject').getAll(email),
    ...[email, ...addresses].map((address) => tx.objectStore('audit').index('subject').getAll(address)),
  ]);
  await tx.done;
  const people = (plans as RunPlan[]).filter((plan) => (PERSON_FLOWS as readonly string[]).includes(plan.flow));
  people.sort((a, b) => Number(b.status === 'running') - Number(a.status === 'running') || b.createdAt.localeCompare(a.createdAt));
  const seen = new Set<number>();
  const audit = audits.flat().filter((entry) => entry.id === undefined || (!seen.has(entry.id) && seen.add(entry.id) !== undefined));
  audit.sort((a, b) => b.at.localeCompare(a.at) || (b.id ?? 0) - (a.id ?? 0));
  return { plans: people, audit };
}

/** A person's plans and audit log, live from IndexedDB (a plan survives a browser restart because it lives there). */
export function usePersonPlans(email: string, addresses: readonly string[]): { value?: PersonPlans; error?: string } {
  return useLiveQuery(['plans', 'audit'], () => loadPersonPlans(email, addresses));
}

/** How often a running plan whose step waits on HubSpot's page asks the API whether it happened. */
const CHECK_EVERY_MS = 5_000;

/**
 * While a plan's current step is done on HubSpot's page (deactivate, reactivate, Super Admin,
 * remove yourself) the background is asked to check again: every few seconds while this page is
 * visible, and at once when the admin comes back to it from HubSpot's tab. The runner checks
 * through the API; nothing here changes the plan.
 */
export function useCheckWhileGuided(plan: RunPlan | undefined): void {
  const waiting = plan?.status === 'running' && plan.steps.some((step) => step.kind === 'guided' && step.state === 'active' && step.target);
  const planId = plan?.id;
  useEffect(() => {
    if (!waiting || !planId) return;
    const check = () => {
      if (document.visibilityState === 'visible') void sendPlanMessage('plan/advance', { planId, event: { type: 'resume' } }).catch(() => undefined);
    };
    const timer = setInterval(check, CHECK_EVERY_MS);
    document.addEventListener('visibilitychange', check);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', check);
    };
  }, [waiting, planId]);
}
