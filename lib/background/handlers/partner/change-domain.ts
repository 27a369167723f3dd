import isFQDN from 'validator/lib/isFQDN';
import type { Handlers } from '../../../messaging/router';
import { currentDomain, domainChangers, normalizeDomain, partnerAccount, isSharedMailDomain, loadSharedMailDomains, type PartnerFacts } from '../../../partner';
import { readPartnerFacts } from '../../../partner/read-facts';
import { composePartnerDomainPlan, PARTNER_PLAN_FLOW, type PlanRunner } from '../../../plans';
import { uiHostOf } from '../../../plans/deep-links';
import { createStoreAccess, type StoreAccess } from '../../../store/access';
import { backgroundPlanRunner } from '../plans/runner';

export type PartnerChangeDomainHandler = NonNullable<Handlers['partner/change-domain']>;

/**
 * Starts the guided change of the partner employee domain (lib/plans/flows/change-partner-domain.ts),
 * or answers the change already running. Checked here again, whatever the view showed: the
 * connected portal is a partner, the HubSpot user signed in is a Super Admin (Users API), and the
 * domain is a real one and no shared mail domain. The plan is audited like every plan.
 */
export function createPartnerChangeDomainHandler(access: () => StoreAccess, runner: () => PlanRunner, read: (a: StoreAccess) => Promise<PartnerFacts> = readPartnerFacts): PartnerChangeDomainHandler {
  return async ({ domain }) => {
    const facts = await read(access());
    if (!facts.portal) return { refused: 'no-portal' };
    if (partnerAccount(facts) !== 'partner') return { refused: 'not-partner' };
    if (!domainChangers(facts).canChange) return { refused: 'not-super-admin' };
    const to = normalizeDomain(domain);
    if (!isFQDN(to, { require_tld: true, allow_underscores: false })) return { refused: 'invalid-domain' };
    await loadSharedMailDomains();
    if (isSharedMailDomain(to)) return { refused: 'shared-domain' };
    const current = currentDomain(facts);
    const portal = { id: facts.portal.id, uiHost: uiHostOf(facts.portal.uiHost) };
    const plan = await runner().startComposed(PARTNER_PLAN_FLOW, composePartnerDomainPlan(portal, { from: current.seen ? current.domain : null, to }));
    return { planId: plan.id };
  };
}

export const partnerChangeDomain: PartnerChangeDomainHandler = createPartnerChangeDomainHandler(createStoreAccess, backgroundPlanRunner);
