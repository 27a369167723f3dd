import { useEffect, useState } from 'preact/hooks';
import { normalizeAddress, type AuditEntry } from '../../lib/model';
import type { RunPlan } from '../../lib/plans';
import { subscribe } from '../../lib/store/changes';
import { repo } from '../../lib/store/repo';

export interface PlanView {
  /** The mailbox's newest plan (running, or the last finished one), if any. */
  plan?: RunPlan;
  /** The mailbox's audit entries, newest first. */
  audit: AuditEntry[];
  loaded: boolean;
  error?: string;
}

async function loadPlanView(address: string): Promise<PlanView> {
  const subject = normalizeAddress(address);
  const [plans, audit] = await Promise.all([
    repo.getAllByIndex('plans', 'subject', subject) as Promise<RunPlan[]>,
    repo.getAllByIndex('audit', 'subject', subject),
  ]);
  // A running plan is the one the user works on; else the newest one shows how it ended. People
  // plans (offboarding…) share the address as subject but live on the People page.
  const newest = plans.filter((p) => p.flow === 'unlink-mailbox').sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const plan = newest.find((p) => p.status === 'running') ?? newest[0];
  return { plan, audit: [...audit].sort((a, b) => b.at.localeCompare(a.at) || (b.id ?? 0) - (a.id ?? 0)), loaded: true };
}

/**
 * A mailbox's plan and audit log, read straight from IndexedDB and re-read on every change of
 * `plans` or `audit`: a plan survives a browser restart because it lives there, not in the page.
 */
export function usePlan(address: string): PlanView {
  const [view, setView] = useState<PlanView>({ audit: [], loaded: false });
  useEffect(() => {
    let current = true;
    const load = () =>
      void loadPlanView(address).then(
        (next) => current && setView(next),
        (e: unknown) => current && setView({ audit: [], loaded: true, error: e instanceof Error ? e.message : String(e) }),
      );
    setView({ audit: [], loaded: false });
    load();
    const stop = subscribe(['plans', 'audit'], load);
    return () => {
      current = false;
      stop();
    };
  }, [address]);
  return view;
}
