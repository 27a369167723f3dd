import type { Handlers } from '../../messaging/router';
import type { GuideStep } from '../../messaging/guide-protocol';
import { planTranslator } from '../../plans/i18n';
import { currentStep } from '../../plans/transitions';
import type { GuidePage } from '../../plans/targets';
import type { RunPlan, RunStep } from '../../plans/types';
import { repo } from '../../store/repo';
import { currentLocale } from '../locale';

export type GuideCurrentStepHandler = NonNullable<Handlers['guide/current-step']>;

/** Where each guided page lives. HubSpot's pages live on the plan's own data-centre host. */
function hostsOf(page: GuidePage, plan: RunPlan): readonly string[] {
  switch (page) {
    case 'hubspot-connected-emails':
    case 'hubspot-channels':
      return [plan.context.portal.uiHost];
    case 'google-connections':
      return ['myaccount.google.com'];
    case 'microsoft-my-apps':
      return ['myapps.microsoft.com', 'myapplications.microsoft.com'];
    case 'microsoft-live-consent':
      return ['account.live.com'];
  }
}

type GuidedOnHost = RunStep & { target: NonNullable<RunStep['target']>; observe: NonNullable<RunStep['observe']> };

function guidedStepFor(plan: RunPlan, host: string): GuidedOnHost | undefined {
  const step = currentStep(plan);
  if (!step || step.kind !== 'guided' || !step.target || !step.observe) return undefined;
  if (step.observe.kind === 'signed-in-address') return undefined;
  return hostsOf(step.target.page, plan).includes(host) ? (step as GuidedOnHost) : undefined;
}

/**
 * The running plan's current guided step for the sender's page, its texts translated into the
 * user's language. Answers only about a step whose page lives on the sender's browser-stamped
 * host, so a page learns nothing about plans for other sites; it changes nothing.
 */
export function createGuideCurrentStepHandler(
  readRunningPlans: () => Promise<readonly RunPlan[]>,
  locale: () => Promise<Parameters<typeof planTranslator>[0]> = currentLocale,
): GuideCurrentStepHandler {
  return async (_request, { sender }) => {
    if (sender.kind !== 'content' || !sender.host) return null;
    const host = sender.host;
    const candidates = (await readRunningPlans())
      .filter((plan) => plan.status === 'running')
      .map((plan) => ({ plan, step: guidedStepFor(plan, host) }))
      .filter((c): c is { plan: RunPlan; step: GuidedOnHost } => c.step !== undefined)
      // The plan the user touched last is the one they are working on.
      .sort((a, b) => b.plan.updatedAt.localeCompare(a.plan.updatedAt));
    const chosen = candidates[0];
    if (!chosen) return null;
    const { plan, step } = chosen;
    const language = await locale();
    const t = planTranslator(language);
    const { context } = plan;
    const params = { address: context.address, admin: context.googleAdmin ?? context.microsoftAdmin ?? '', portal: String(context.portal.id) };
    const kind = step.observe.kind as GuideStep['observeKind'];
    return {
      planId: plan.id,
      stepId: step.id,
      target: {
        page: step.target.page,
        labelKey: step.target.labelKey,
        then: [...(step.target.then ?? [])],
        ...(step.target.rowAddress ? { rowAddress: step.target.rowAddress } : {}),
        ...(step.target.account ? { account: step.target.account } : {}),
      },
      observeKind: kind,
      title: t(step.title, params),
      explain: t(step.explain, params),
      openPanelLabel: t('plan.guide.openPanel'),
    };
  };
}

export const guideCurrentStep: GuideCurrentStepHandler = createGuideCurrentStepHandler(
  async () => (await repo.getAllByIndex('plans', 'status', 'running')) as RunPlan[],
);
