/**
 * Keeps the `findings` store equal to what the rules find now: reads the snapshot beside the store,
 * runs the pure rules (lib/diagnose/run.ts), and writes the result. Findings that no longer hold
 * disappear, ids are `${code}:${subject}` so a re-run replaces rather than duplicates, and a finding
 * that still holds keeps the time it was first found.
 */
import { diagnose } from '../diagnose/run';
import { RULES } from '../diagnose/rules/index';
import type { Rule } from '../diagnose/rule';
import type { Finding } from '../model';
import type { StoreAccess } from '../store/access';
import { readSnapshot } from '../store/reads/diagnose-snapshot';

export interface RefreshResult {
  findings: Finding[];
  /** False when the store already held exactly these findings (nothing written, no event). */
  changed: boolean;
}

const sameFinding = (a: Finding, b: Finding | undefined): boolean =>
  b !== undefined && JSON.stringify({ ...a, foundAt: '' }) === JSON.stringify({ ...b, foundAt: '' });

/** Reads the snapshot, runs the rules and replaces the findings store in one write transaction. */
export async function refreshFindings(access: Pick<StoreAccess, 'db' | 'write' | 'now'>, rules: readonly Rule[] = RULES): Promise<RefreshResult> {
  const snapshot = await readSnapshot(access);
  const found = diagnose(snapshot, access.now(), rules);
  const before = new Map((await (await access.db()).getAll('findings')).map((finding) => [finding.id, finding]));
  // Keep the first time a still-holding finding was seen: "found 3 days ago" means something.
  const findings = found.map((finding) => {
    const earlier = before.get(finding.id);
    return earlier ? { ...finding, foundAt: earlier.foundAt } : finding;
  });
  const unchanged = findings.length === before.size && findings.every((finding) => sameFinding(finding, before.get(finding.id)));
  if (unchanged) return { findings, changed: false };
  await access.write(['findings'], async (tx) => {
    const store = tx.objectStore('findings');
    await store.clear();
    await Promise.all(findings.map((finding) => store.put(finding)));
  });
  return { findings, changed: true };
}
