import { describe, expect, it } from 'vitest';
import { API_CONFIRM_LABELS, apiConfirmLabelKey } from '../../components/plan/confirm-labels';
import { createTranslator, LOCALES } from '../../lib/i18n';
import { FLOWS } from '../../lib/plans';

const apiFlows = [...FLOWS.values()].filter((flow) => flow.steps.some((step) => step.kind === 'api'));

describe('the confirm dialog’s button of an api step', () => {
  it('there are api flows to label', () => {
    expect(apiFlows.length).toBeGreaterThan(0);
  });

  it.each(apiFlows.map((flow) => flow.id))('%s has its own action label', (flowId) => {
    expect(API_CONFIRM_LABELS[flowId]).toBeDefined();
  });

  it.each(LOCALES)('%s: no two api flows share a label and none is a bare "run"', (locale) => {
    const t = createTranslator(locale);
    const labels = apiFlows.map((flow) => t(apiConfirmLabelKey({ flow: flow.id, title: 'plan.title' })));
    expect(new Set(labels).size).toBe(labels.length);
    for (const label of labels) expect(label).not.toMatch(/(\brun\b|ausführen|uitvoeren|kör|wykonaj)/i);
  });

  it('an unknown flow falls back to the step’s title, never a generic label', () => {
    expect(apiConfirmLabelKey({ flow: 'some-new-flow', title: 'plan.revoke-google-workspace.revoke.title' })).toBe('plan.revoke-google-workspace.revoke.title');
  });
});
