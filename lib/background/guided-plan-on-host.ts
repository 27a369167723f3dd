import { currentStep } from '../plans/transitions';
import type { GuidePage } from '../plans/targets';
import type { RunPlan, RunStep } from '../plans/types';

/** Where each guided page lives. HubSpot's pages live on the plan's own data-centre host. */
function hostsOf(page: GuidePage, plan: RunPlan): readonly string[] {
  switch (page) {
    case 'hubspot-connected-emails':
    case 'hubspot-channels':
    case 'hubspot-users':
    case 'hubspot-account-contacts':
    case 'hubspot-security':
    case 'hubspot-partner-automation':
      return [plan.context.portal.uiHost];
    case 'google-connections':
      return ['myaccount.google.com'];
    case 'microsoft-my-apps':
      return ['myapps.microsoft.com', 'myapplications.microsoft.com'];
    case 'microsoft-live-consent':
      return ['account.live.com'];
  }
}

export type GuidedOnHost = RunStep & { target: NonNullable<RunStep['target']> };

function guidedStepFor(plan: RunPlan, host: string): GuidedOnHost | undefined {
  const step = currentStep(plan);
  if (!step || step.kind !== 'guided' || !step.target) return undefined;
  if (step.observe?.kind === 'signed-in-address') return undefined;
  return hostsOf(step.target.page, plan).includes(host) ? (step as GuidedOnHost) : undefined;
}

/**
 * The running plan whose current step is a guided one on `host` (a browser-stamped sender host,
 * never a payload's), with that step. When several are, the one the user touched last: that is
 * the one they are working on. The guide's banner (guide/current-step) and its "Open the side
 * panel" button (sidepanel/open) both ask this, so the panel lands where the banner pointed.
 */
export function planGuidingHost(plans: readonly RunPlan[], host: string): { plan: RunPlan; step: GuidedOnHost } | undefined {
  return plans
    .filter((plan) => plan.status === 'running')
    .map((plan) => ({ plan, step: guidedStepFor(plan, host) }))
    .filter((c): c is { plan: RunPlan; step: GuidedOnHost } => c.step !== undefined)
    .sort((a, b) => b.plan.updatedAt.localeCompare(a.plan.updatedAt))[0];
}
