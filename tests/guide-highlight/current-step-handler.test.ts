import { describe, expect, it } from 'vitest';
import { createGuideCurrentStepHandler } from '../../lib/background/handlers/guide-current-step';
import { planTranslator } from '../../lib/plans/i18n';
import type { ClassifiedSender } from '../../lib/messaging/sender';
import type { RunPlan, RunStep } from '../../lib/plans/types';

const ADDRESS = 'katrin.sommer@nordlicht.example';

function step(key: string, state: RunStep['state'], extra: Partial<RunStep> = {}): RunStep {
  return {
    id: `disconnect-personal-inbox/${key}`, kind: 'guided', state, flow: 'disconnect-personal-inbox', key, side: 'hubspot',
    title: `plan.disconnect-personal-inbox.${key}.title`, explain: `plan.disconnect-personal-inbox.${key}.explain`,
    target: { page: 'hubspot-connected-emails', labelKey: key === 'disable' ? 'disable' : 'remove', then: [key === 'disable' ? 'yesDisable' : 'yesRemoveInbox'], rowAddress: ADDRESS },
    observe: { kind: 'crm-personal-inbox', address: ADDRESS, expect: { state: ['disabled'] } },
    ...extra,
  } as RunStep;
}

function plan(steps: RunStep[], extra: Partial<RunPlan> = {}): RunPlan {
  return {
    id: 'p1', flow: 'unlink-mailbox', subject: ADDRESS, status: 'running', steps, notes: [],
    context: { address: ADDRESS, kind: 'personal', provider: 'google', portal: { id: 4480123, uiHost: 'app.hubspot.com' } },
    createdAt: '2026-11-22T08:00:00.000Z', updatedAt: '2026-11-22T08:00:00.000Z', ...extra,
  };
}

const content = (host: string): { sender: ClassifiedSender } => ({ sender: { kind: 'content', host, tabId: 3, url: `https://${host}/x` } });

describe('guide/current-step', () => {
  it('answers the current guided step for the sender host, translated into the user language', async () => {
    const handler = createGuideCurrentStepHandler(async () => [plan([step('disable', 'done'), step('remove', 'active')])], async () => 'de');
    const answer = await handler({}, content('app.hubspot.com'));
    expect(answer?.stepId).toBe('disconnect-personal-inbox/remove');
    expect(answer?.target).toEqual({ page: 'hubspot-connected-emails', labelKey: 'remove', then: ['yesRemoveInbox'], rowAddress: ADDRESS });
    expect(answer?.observeKind).toBe('crm-personal-inbox');
    expect(answer?.title).not.toMatch(/^plan\./);
    expect(answer?.explain).toContain(ADDRESS);
    expect(answer?.explain).not.toContain('{address}');
    // The fallback's button: the plans' own key, in the user's language.
    expect(answer?.openPanelLabel).toBe(planTranslator('de')('plan.guide.openPanel'));
    expect(answer?.openPanelLabel).not.toBe(planTranslator('en')('plan.guide.openPanel'));
    const english = await createGuideCurrentStepHandler(async () => [plan([step('remove', 'active')])], async () => 'en')({}, content('app.hubspot.com'));
    expect(answer?.explain).not.toBe(english?.explain);
  });

  it('says nothing to another host, to the other data centre, or about a finished plan', async () => {
    const plans = [plan([step('disable', 'active')])];
    const handler = createGuideCurrentStepHandler(async () => plans, async () => 'en');
    expect(await handler({}, content('myaccount.google.com'))).toBeNull();
    expect(await handler({}, content('app-eu1.hubspot.com'))).toBeNull();
    const done = createGuideCurrentStepHandler(async () => [plan([step('disable', 'done')], { status: 'done' })], async () => 'en');
    expect(await done({}, content('app.hubspot.com'))).toBeNull();
  });

  it('does not answer extension pages (they read plans themselves)', async () => {
    const handler = createGuideCurrentStepHandler(async () => [plan([step('disable', 'active')])], async () => 'en');
    expect(await handler({}, { sender: { kind: 'extension', url: 'chrome-extension://x/sidepanel.html' } })).toBeNull();
  });
});
