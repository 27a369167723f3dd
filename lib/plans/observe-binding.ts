/**
 * Where a guided step's expected observation must come from: the step page's hosts, and the
 * provider, HubSpot portal and Microsoft organisation of the plan (lib/model/observation-context.ts
 * decides whether an observation matches). A HubSpot page of another portal, a consent page of
 * another provider (account.live.com for a Google mailbox) or My Apps switched to another
 * organisation never completes or proves this plan's steps.
 */
import { consentHostsOf, type ObservationBinding } from '../model';
import { tenantOfAddress } from '../status/mailbox-facts';
import type { GuidePage } from './targets';
import type { ObserveSpec, PlanContext, RunPlan, RunStep } from './types';

export function bindingFor(page: GuidePage, context: PlanContext): ObservationBinding {
  switch (page) {
    case 'hubspot-connected-emails':
    case 'hubspot-channels':
    case 'hubspot-partner-automation':
    case 'hubspot-users':
    case 'hubspot-account-contacts':
    case 'hubspot-security':
      return { hosts: [context.portal.uiHost], portalId: context.portal.id };
    case 'google-connections':
      return { hosts: consentHostsOf('google'), provider: 'google' };
    case 'microsoft-my-apps':
      return { hosts: consentHostsOf('microsoft365'), provider: 'microsoft365', tenant: tenantOfAddress(context.address) };
    case 'microsoft-live-consent':
      return { hosts: consentHostsOf('outlook'), provider: 'outlook' };
  }
}

/**
 * The step's expected observation with its binding. Plans stored before bindings existed get
 * theirs from the plan's context and the step's page, the same values composing gives now.
 */
export function boundSpec(plan: Pick<RunPlan, 'context'>, step: Pick<RunStep, 'observe' | 'target'>): ObserveSpec | undefined {
  const spec = step.observe;
  if (!spec || spec.on || !step.target) return spec;
  return { ...spec, on: bindingFor(step.target.page, plan.context) };
}
