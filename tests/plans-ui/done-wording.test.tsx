// @vitest-environment happy-dom
/**
 * Wording of a finished step and of the audit log, in every language:
 * - a done step says "Done" once, with how it is known (API, page, the user), never
 *   "Done · Done and checked through the API";
 * - the audit log's intent entry reads "Sent", so "Removing access — Sent" above
 *   "Result of the removal — Failed" does not contradict itself.
 */
import { cleanup, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { AuditLog } from '../../components/plan/AuditLog';
import { PlanStepItem } from '../../components/plan/PlanStepItem';
import { LOCALES } from '../../lib/i18n';
import type { AuditEntry } from '../../lib/model';
import type { RunPlan, RunStep } from '../../lib/plans';
import { planTranslator } from '../../lib/plans/i18n';
import { renderIn } from '../ui/render';

const ADDRESS = 'ada@example.com';
const doneStep = (completedBy: NonNullable<RunStep['completedBy']>): RunStep => ({
  id: 'revoke-google-workspace/revoke', kind: 'api', state: 'done', flow: 'revoke-google-workspace', key: 'revoke', side: 'provider',
  title: 'plan.revoke-google-workspace.revoke.title', explain: 'plan.revoke-google-workspace.revoke.explain', completedBy,
});
const planWith = (s: RunStep): RunPlan => ({
  id: 'plan-1', flow: 'unlink', subject: ADDRESS, status: 'running', steps: [s], createdAt: '2026-11-22T08:00:00.000Z', updatedAt: '2026-11-22T08:00:00.000Z',
  context: { address: ADDRESS, kind: 'personal', provider: 'google', portal: { id: 4480123, uiHost: 'app.hubspot.com' } }, notes: [],
});
const noop = () => undefined;
const audit = (n: number, action: string, result: AuditEntry['result']): AuditEntry => ({
  id: n, at: `2026-11-22T08:0${n}:00.000Z`, actor: n === 1 ? 'user' : 'inboxlink', action, subject: ADDRESS, result, detail: `plan-1 ${action}`,
});

afterEach(cleanup);

describe('a done step', () => {
  const ways = ['api', 'observed', 'confirmed'] as const;

  it.each(LOCALES)('in %s says done once and how it is known', (locale) => {
    const t = planTranslator(locale);
    const shown = ways.map((way) => {
      const s = doneStep(way);
      renderIn(<PlanStepItem plan={planWith(s)} step={s} current={false} busy={false} onConfirm={noop} onRun={noop} onRecheck={noop} />, locale);
      const state = screen.getByTestId('plan-step-state').textContent ?? '';
      expect(screen.getByTestId('plan-step-completed-by').dataset.completedBy).toBe(way);
      cleanup();
      return state;
    });
    for (const [i, state] of shown.entries()) {
      expect(state).toBe(t(`plan.completedBy.${ways[i]!}`));
      expect(state.split(t('plan.state.done')).length - 1, state).toBe(1);
    }
    expect(new Set(shown).size).toBe(ways.length);
  });

  it('without a recorded way shows the plain state', () => {
    const s: RunStep = { ...doneStep('api'), completedBy: undefined };
    renderIn(<PlanStepItem plan={planWith(s)} step={s} current={false} busy={false} onConfirm={noop} onRun={noop} onRecheck={noop} />, 'en');
    expect(screen.getByTestId('plan-step-state').textContent).toBe('Done');
    expect(screen.queryByTestId('plan-step-completed-by')).toBeNull();
  });
});

describe('the audit log after a removal that was not applied', () => {
  it.each(LOCALES)('in %s calls the intent sent, not done', (locale) => {
    const t = planTranslator(locale);
    renderIn(<AuditLog entries={[audit(3, 'step.result', 'failed'), audit(2, 'step.intent', 'ok'), audit(1, 'plan.start', 'ok')]} />, locale);
    const rows = screen.getAllByTestId('audit-entry');
    const result = (action: string) => rows.find((row) => row.dataset.action === action)?.querySelector('.audit-log__result')?.textContent;
    expect(result('step.intent')).toBe(t('plan.audit.result.sent'));
    expect(result('step.intent')).not.toBe(t('plan.audit.result.ok'));
    expect(result('step.result')).toBe(t('plan.audit.result.failed'));
    // Other entries keep their result; the stored code stays on the row.
    expect(result('plan.start')).toBe(t('plan.audit.result.ok'));
    expect(rows.find((row) => row.dataset.action === 'step.intent')?.dataset.result).toBe('ok');
  });
});
