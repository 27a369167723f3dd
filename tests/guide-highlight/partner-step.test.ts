// @vitest-environment happy-dom
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { createGuideCurrentStepHandler } from '../../lib/background/handlers/guide-current-step';
import { findGuideTarget } from '../../lib/guide/highlight/find-target';
import { guideProtocol } from '../../lib/messaging/guide-protocol';
import { HUBSPOT_LABELS } from '../../lib/pages/hubspot/labels';
import { composePartnerDomainPlan, PARTNER_PLAN_FLOW } from '../../lib/plans/compose-partner';
import type { RunPlan } from '../../lib/plans/types';
import { getPage, makeWorld, PORTAL } from '../sandbox/hubspot-app/helpers';
import { toDocument } from '../guide/sandbox-pages';

/** The partner domain plan running, its step current, on portal 4242 of the sandbox's pages. */
function runningPlan(): RunPlan {
  const composed = composePartnerDomainPlan({ id: PORTAL, uiHost: 'app.hubspot.com' }, { from: 'gmail.com', to: 'kancelaria.pl' });
  const steps = composed.steps.map((step) => ({ ...step, state: 'active' as const, activatedAt: '2026-12-07T12:00:00.000Z' }));
  return { id: 'p1', flow: PARTNER_PLAN_FLOW, subject: composed.context.address, status: 'running', steps, context: composed.context, notes: [], createdAt: '2026-12-07T12:00:00.000Z', updatedAt: '2026-12-07T12:00:00.000Z' };
}

describe('the partner domain step on the Automation page', () => {
  it('explains itself with the Polish page’s own labels, in the user’s Polish', async () => {
    const handler = createGuideCurrentStepHandler(async () => [runningPlan()], async () => 'pl');
    const step = await handler({ pageLocale: 'pl' }, { sender: { kind: 'content', host: 'app.hubspot.com', tabId: 1, url: `https://app.hubspot.com/settings/${PORTAL}/partner/automation` } });
    expect(v.parse(guideProtocol['guide/current-step'].response, step)).toMatchObject({ target: { page: 'hubspot-partner-automation', labelKey: 'partnerDomain', then: ['save'], fill: 'kancelaria.pl' }, observeKind: 'partner-domain' });
    const labels = HUBSPOT_LABELS.pl;
    expect(step?.title).toBe('Wpisz kancelaria.pl jako domenę e-mail pracownika partnera');
    expect(step?.explain).toBe(`W „${labels.settings}” > „${labels.partner}” > „${labels.automation}” wpisz kancelaria.pl w polu „${labels.partnerDomain}” i kliknij „${labels.save}”. Krok jest gotowy, gdy strona pokaże kancelaria.pl.`);
  });

  it('points at the field until it holds the domain, then at "Zapisz"', async () => {
    const world = makeWorld('pl', (s) => {
      s.portal.partner = { isPartner: true, employeeEmailDomain: 'gmail.com' };
    });
    const doc = toDocument((await getPage(world, `/settings/${PORTAL}/partner/automation`)).html);
    const target = { page: 'hubspot-partner-automation' as const, labelKey: 'partnerDomain', then: ['save'], fill: 'kancelaria.pl' };
    const field = doc.getElementById('domain') as HTMLInputElement;
    const first = findGuideTarget(doc, target);
    expect(first && 'element' in first ? first.element : undefined).toBe(field);
    field.value = 'Kancelaria.pl';
    const save = findGuideTarget(doc, target);
    expect(save).toMatchObject({ labelKey: 'save' });
    expect(save && 'element' in save ? save.element.textContent : undefined).toBe(HUBSPOT_LABELS.pl.save);
  });
});
