import type { Translate } from '../../lib/i18n';
import type { RunStep, UnprovenReason, UnprovenThen } from '../../lib/plans';

const REASONS: readonly UnprovenReason[] = ['filtered', 'paginated', 'partial', 'may-hide', 'no-action'];
const THEN: readonly UnprovenThen[] = ['confirm', 'api'];

/**
 * What the step's page showed that proved nothing, and what decides instead (the user's
 * confirmation or the API check that follows), for a step whose note says so; else undefined.
 */
export function unprovenText(t: Translate, step: Pick<RunStep, 'note'>): { text: string; reason: UnprovenReason; then: UnprovenThen } | undefined {
  const note = step.note;
  if (note?.code !== 'page-unproven') return undefined;
  const reason = REASONS.find((r) => r === note.data?.reason);
  const then = THEN.find((x) => x === note.data?.then);
  if (!reason || !then) return undefined;
  const host = String(note.data?.host ?? '');
  return { text: `${t(`plan.unproven.${reason}`, { host })} ${t(`plan.unproven.then.${then}`)}`, reason, then };
}
