/**
 * Composes the partner domain plan: the portal's partner settings are its subject
 * (`partner:{portalId}`), the change from the domain the Automation page showed to the one to
 * enter its context. Pure, like compose.ts; the runner persists and starts it.
 */
import { partnerSubject } from '../partner/facts';
import type { ComposedPlan } from './compose';
import { composeSteps } from './compose';
import { flowById } from './flows';
import type { PortalRef } from './types';

export const PARTNER_PLAN_FLOW = 'change-partner-domain';

export function composePartnerDomainPlan(portal: PortalRef, change: { from: string | null; to: string }): ComposedPlan {
  const context = { address: partnerSubject(portal.id), portal, partnerDomain: change };
  return { context, flows: [PARTNER_PLAN_FLOW], steps: composeSteps(flowById(PARTNER_PLAN_FLOW), context), notes: [] };
}
