import { useEffect, useState } from 'preact/hooks';
import type { AuditEntry, Finding } from '../../lib/model';
import { partnerSubject, type PartnerFacts } from '../../lib/partner/facts';
import { PARTNER_STORES, readPartnerFacts } from '../../lib/partner/read-facts';
import type { RunPlan } from '../../lib/plans';
import { subscribe } from '../../lib/store/changes';
import { repo } from '../../lib/store/repo';

export interface PartnerData {
  facts: PartnerFacts;
  /** The portal's newest partner domain plan (a running one first). */
  plan?: RunPlan;
  audit: AuditEntry[];
  findings: Finding[];
}

async function load(): Promise<PartnerData> {
  const facts = await readPartnerFacts();
  if (!facts.portal) return { facts, audit: [], findings: [] };
  const subject = partnerSubject(facts.portal.id);
  const [plans, audit, findings] = await Promise.all([
    repo.getAllByIndex('plans', 'subject', subject) as Promise<RunPlan[]>,
    repo.getAllByIndex('audit', 'subject', subject),
    repo.getAllByIndex('findings', 'subject', subject),
  ]);
  const newest = [...plans].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return {
    facts,
    plan: newest.find((p) => p.status === 'running') ?? newest[0],
    audit: [...audit].sort((a, b) => b.at.localeCompare(a.at) || (b.id ?? 0) - (a.id ?? 0)),
    findings,
  };
}

/**
 * The partner facts of the connected portal, its partner domain plan, audit entries and findings,
 * read straight from IndexedDB (offline too) and re-read on each change of the stores they come from.
 */
export function usePartner(): { data?: PartnerData; error?: unknown } {
  const [state, setState] = useState<{ data?: PartnerData; error?: unknown }>({});
  useEffect(() => {
    let current = true;
    const reload = () =>
      void load().then(
        (data) => current && setState({ data }),
        (error: unknown) => current && setState({ error }),
      );
    reload();
    const stop = subscribe([...PARTNER_STORES, 'plans', 'audit', 'findings'], reload);
    return () => {
      current = false;
      stop();
    };
  }, []);
  return state;
}
