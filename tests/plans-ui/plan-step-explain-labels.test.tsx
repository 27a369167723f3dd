// @vitest-environment happy-dom
/**
 * The side panel shows a guided step's explanation with the page's labels filled in (in the
 * user's language: the panel is not on the page), never a bare {placeholder}.
 */
import { cleanup, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PlanStepItem } from '../../components/plan/PlanStepItem';
import type { RunPlan, RunStep } from '../../lib/plans';
import { HUBSPOT_LABELS } from '../../lib/pages/hubspot/labels';
import { renderIn } from '../ui/render';

const ADDRESS = 'katrin.sommer@nordlicht.example';
const disable: RunStep = {
  id: 'disconnect-personal-inbox/disable', kind: 'guided', state: 'active', flow: 'disconnect-personal-inbox', key: 'disable', side: 'hubspot',
  title: 'plan.disconnect-personal-inbox.disable.title', explain: 'plan.disconnect-personal-inbox.disable.explain',
  target: { page: 'hubspot-connected-emails', labelKey: 'disable', then: ['yesDisable'], rowAddress: ADDRESS },
  observe: { kind: 'crm-personal-inbox', address: ADDRESS, expect: { state: ['disabled'] } },
};
const plan: RunPlan = {
  id: 'plan-1', flow: 'unlink', subject: ADDRESS, status: 'running', steps: [disable], createdAt: '2026-11-22T08:00:00.000Z', updatedAt: '2026-11-22T08:00:00.000Z',
  context: { address: ADDRESS, kind: 'personal', provider: 'google', portal: { id: 4480123, uiHost: 'app.hubspot.com' } }, notes: [],
};

afterEach(cleanup);

describe('a guided step in the side panel', () => {
  it('quotes the page labels in the user language', () => {
    const noop = () => undefined;
    renderIn(<PlanStepItem plan={plan} step={disable} current busy={false} onConfirm={noop} onRun={noop} onRecheck={noop} />, 'sv');
    const text = screen.getByText((content) => content.includes(ADDRESS)).textContent ?? '';
    expect(text).toContain(`”${HUBSPOT_LABELS.sv.disable}”`);
    expect(text).toContain(`”${HUBSPOT_LABELS.sv.yesDisable}”`);
    expect(text).not.toMatch(/\{[\w.]+\}/);
  });

  it('quotes the page as the guide last saw it, with the translation beside', () => {
    const noop = () => undefined;
    renderIn(<PlanStepItem plan={plan} step={disable} current busy={false} onConfirm={noop} onRun={noop} onRecheck={noop} pageLanguages={{ hubspot: 'en' }} />, 'de');
    const text = screen.getByText((content) => content.includes(ADDRESS)).textContent ?? '';
    expect(text).toContain(`„${HUBSPOT_LABELS.en.disable}“ (${HUBSPOT_LABELS.de.disable})`);
    expect(text).toContain(`„${HUBSPOT_LABELS.en.yesDisable}“ (${HUBSPOT_LABELS.de.yesDisable})`);
    expect(text).toContain(`Registerkarte „${HUBSPOT_LABELS.en.connectedEmails}“ (${HUBSPOT_LABELS.de.connectedEmails})`);
  });

  it('quotes once where the page speaks the user’s language', () => {
    const noop = () => undefined;
    renderIn(<PlanStepItem plan={plan} step={disable} current busy={false} onConfirm={noop} onRun={noop} onRecheck={noop} pageLanguages={{ hubspot: 'de', google: 'en' }} />, 'de');
    const text = screen.getByText((content) => content.includes(ADDRESS)).textContent ?? '';
    expect(text).toContain(`„${HUBSPOT_LABELS.de.disable}“ und`);
    expect(text).not.toContain('(');
  });
});
