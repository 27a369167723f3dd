// @vitest-environment happy-dom
/**
 * Issue 12: a plan that ended `partial` (done in HubSpot, still open at the mail provider) offers
 * the user nothing to confirm: its open final check ends only by a verified check after the plan
 * grows its provider step (lib/plans/grow.ts). The runner refuses a confirmation anyway
 * (tests/plans/provider-side-open.test.ts); the checklist must not offer one either.
 */
import { cleanup, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PlanStepItem } from '../../components/plan/PlanStepItem';
import { LOCALES } from '../../lib/i18n';
import type { RunPlan, RunStep } from '../../lib/plans';
import { planTranslator } from '../../lib/plans/i18n';
import { renderIn } from '../ui/render';

const ADDRESS = 'support@nordlicht.example';
const finalCheck = (error: RunStep['error']): RunStep => ({
  id: 'final-check/check', kind: 'verify', state: 'failed', flow: 'final-check', key: 'check', side: 'check', error,
  title: 'plan.final-check.check.title', explain: 'plan.final-check.check.explain',
  note: error === 'side-open' ? { code: 'provider-open', data: { address: ADDRESS } } : { code: 'sides-unknown', data: { count: 1 } },
});
const planWith = (status: RunPlan['status'], step: RunStep): RunPlan => ({
  id: 'plan-1', flow: 'unlink-mailbox', subject: ADDRESS, status, steps: [step], createdAt: '2026-11-22T08:00:00.000Z', updatedAt: '2026-11-22T08:00:00.000Z',
  context: { address: ADDRESS, kind: 'team', provider: 'unknown', portal: { id: 4480123, uiHost: 'app.hubspot.com' } }, notes: [],
});
const noop = () => undefined;
const buttons = () => ['plan-step-confirm', 'plan-step-run', 'plan-step-recheck'].filter((id) => screen.queryByTestId(id) !== null);

afterEach(cleanup);

describe('a partial plan', () => {
  it.each(LOCALES)('in %s offers no confirmation of its open side, and says what is open', (locale) => {
    const t = planTranslator(locale);
    const step = finalCheck('side-open');
    renderIn(<PlanStepItem plan={planWith('partial', step)} step={step} current busy={false} onConfirm={noop} onRun={noop} onRecheck={noop} />, locale);
    expect(buttons()).toEqual([]);
    const error = screen.getByTestId('plan-step-error');
    expect(error.dataset.code).toBe('side-open');
    expect(error.textContent).toBe(t('plan.error.side-open', { address: ADDRESS }));
  });

  it('while running, a final check that cannot tell is the one the user may confirm (the check can fail)', () => {
    const step = finalCheck('cannot-verify');
    renderIn(<PlanStepItem plan={planWith('running', step)} step={step} current busy={false} onConfirm={noop} onRun={noop} onRecheck={noop} />, 'en');
    expect(buttons()).toEqual(['plan-step-confirm']);
  });
});
