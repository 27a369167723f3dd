// @vitest-environment happy-dom
/**
 * A step's "still there" error names what the check found through a translated note (code plus
 * data), never the English detail sentence a check wrote; a plan stored before notes existed
 * shows the step's title instead of its old English detail.
 */
import { cleanup, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PlanStepItem } from '../../components/plan/PlanStepItem';
import { verifyChannelGone } from '../../lib/plans/checks/channel';
import { planTranslator } from '../../lib/plans/i18n';
import type { PlanClients } from '../../lib/plans/clients';
import type { RunPlan, RunStep } from '../../lib/plans';
import type { StepRun } from '../../lib/plans/types';
import { renderIn } from '../ui/render';

const ADDRESS = 'support@example.com';
const ENGLISH = 'channel account 908100 is not archived';
const step = (extra: Partial<RunStep>): RunStep => ({
  id: 'delete-team-channel/verify', kind: 'verify', state: 'failed', flow: 'delete-team-channel', key: 'verify', side: 'hubspot',
  title: 'plan.delete-team-channel.verify.title', explain: 'plan.delete-team-channel.verify.explain', error: 'still-present', detail: ENGLISH, ...extra,
});
const planWith = (s: RunStep): RunPlan => ({
  id: 'plan-1', flow: 'unlink', subject: ADDRESS, status: 'running', steps: [s], createdAt: '2026-11-22T08:00:00.000Z', updatedAt: '2026-11-22T08:00:00.000Z',
  context: { address: ADDRESS, kind: 'team', provider: 'google', portal: { id: 4480123, uiHost: 'app.hubspot.com' } }, notes: [],
});
const show = (s: RunStep) => {
  const noop = () => undefined;
  renderIn(<PlanStepItem plan={planWith(s)} step={s} current busy={false} onConfirm={noop} onRun={noop} onRecheck={noop} />, 'sv');
  return screen.getByTestId('plan-step-error').textContent ?? '';
};

afterEach(cleanup);

describe('a step that is still there', () => {
  it('names what the check found in the UI language, with its data', () => {
    const text = show(step({ note: { code: 'channel-live', data: { account: '908100' } } }));
    const t = planTranslator('sv');
    expect(text).toBe(t('plan.error.still-present', { step: t('plan.note.channel-live', { account: '908100' }) }));
    expect(text).toContain('908100');
    expect(text).not.toContain(ENGLISH);
  });

  it('stored before notes existed, shows the step’s title, not its English detail', () => {
    const text = show(step({}));
    const t = planTranslator('sv');
    expect(text).toBe(t('plan.error.still-present', { step: t('plan.delete-team-channel.verify.title') }));
    expect(text).not.toContain(ENGLISH);
  });
});

describe('the channel check', () => {
  it('returns a note code and the account id, for the UI to translate', async () => {
    const hubspot = { listChannelAccounts: async () => ({ results: [{ id: '908100', deliveryIdentifier: { type: 'EMAIL', value: ADDRESS } }] }) };
    const s = step({ state: 'active' });
    const plan = planWith(s);
    const run = { context: plan.context, plan, step: s, clients: { hubspot: async () => hubspot } as unknown as PlanClients } as unknown as StepRun;
    const result = await verifyChannelGone(run);
    expect(result.state).toBe('present');
    expect(result.note).toEqual({ code: 'channel-live', data: { account: '908100' } });
  });
});

describe('a page that no longer showed it, without proving it', () => {
  const guided = (note: RunStep['note']): RunStep => ({
    id: 'disconnect-personal-inbox/remove', kind: 'guided', state: 'active', flow: 'disconnect-personal-inbox', key: 'remove', side: 'hubspot',
    title: 'plan.disconnect-personal-inbox.remove.title', explain: 'plan.disconnect-personal-inbox.remove.explain', ...(note ? { note } : {}),
  });
  const render = (s: RunStep, locale: 'sv' | 'de') => {
    const noop = () => undefined;
    renderIn(<PlanStepItem plan={planWith(s)} step={s} current busy={false} onConfirm={noop} onRun={noop} onRecheck={noop} />, locale);
  };

  it.each(['sv', 'de'] as const)('says why it proves nothing and that the user decides (%s)', (locale) => {
    render(guided({ code: 'page-unproven', data: { host: 'app.hubspot.com', reason: 'filtered', then: 'confirm' } }), locale);
    const line = screen.getByTestId('plan-step-unproven');
    const t = planTranslator(locale);
    expect(line.textContent).toBe(`${t('plan.unproven.filtered', { host: 'app.hubspot.com' })} ${t('plan.unproven.then.confirm')}`);
    expect(line.dataset).toMatchObject({ reason: 'filtered', then: 'confirm' });
    // The step can still be confirmed by the user.
    expect(screen.getByTestId('plan-step-confirm')).toBeTruthy();
  });

  it('says when the API decides, and shows nothing for a note it does not know', () => {
    render(guided({ code: 'page-unproven', data: { host: 'app.hubspot.com', reason: 'no-action', then: 'api' } }), 'de');
    expect(screen.getByTestId('plan-step-unproven').textContent).toContain(planTranslator('de')('plan.unproven.then.api'));
    cleanup();
    render(guided({ code: 'page-unproven', data: { host: 'x', reason: 'nonsense', then: 'api' } }), 'de');
    expect(screen.queryByTestId('plan-step-unproven')).toBeNull();
  });
});
