/**
 * Runs every rule over a snapshot (pure). Keeping the `findings` store equal to what the rules
 * find now is the background's job (lib/background/refresh-findings.ts).
 */
import type { Finding } from '../model';
import { RULES } from './rules/index';
import type { Rule } from './rule';
import type { DiagnoseSnapshot } from './snapshot';

export function diagnose(snapshot: DiagnoseSnapshot, now: string, rules: readonly Rule[] = RULES): Finding[] {
  return rules.flatMap((rule) => rule.run(snapshot, now));
}
