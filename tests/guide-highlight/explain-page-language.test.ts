import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { createGuideCurrentStepHandler } from '../../lib/background/handlers/guide-current-step';
import { pageLabelParams } from '../../lib/i18n/page-labels';
import { PLACEHOLDER } from '../../lib/i18n/message';
import { guideProtocol } from '../../lib/messaging/guide-protocol';
import type { ClassifiedSender } from '../../lib/messaging/sender';
import { GOOGLE_CONNECTIONS_LABELS } from '../../lib/pages/google/labels';
import { HUBSPOT_LABELS } from '../../lib/pages/hubspot/labels';
import { LIVE_CONSENT_LABELS } from '../../lib/pages/microsoft/labels';
import type { GuideTarget } from '../../lib/plans';
import { PLAN_CATALOGS, type PlanMessageKey } from '../../lib/plans/i18n';
import type { RunPlan, RunStep } from '../../lib/plans/types';

/**
 * The guide's explanation quotes the page's buttons as the page shows them (a German HubSpot
 * says "Deaktivieren"), while the sentence around them stays in the user's language.
 */
const ADDRESS = 'katrin.sommer@nordlicht.example';

function planWith(flow: string, key: string, target: GuideTarget): RunPlan {
  const step = {
    id: `${flow}/${key}`, kind: 'guided', state: 'active', flow, key, side: 'hubspot',
    title: `plan.${flow}.${key}.title` as PlanMessageKey, explain: `plan.${flow}.${key}.explain` as PlanMessageKey, target,
    observe: { kind: 'crm-personal-inbox', address: ADDRESS, expect: { state: ['disabled'] } },
  } satisfies RunStep;
  return {
    id: 'p1', flow: 'unlink-mailbox', subject: ADDRESS, status: 'running', steps: [step], notes: [],
    context: { address: ADDRESS, kind: 'personal', provider: 'google', portal: { id: 4480123, uiHost: 'app.hubspot.com' } },
    createdAt: '2026-11-22T08:00:00.000Z', updatedAt: '2026-11-22T08:00:00.000Z',
  };
}

const disable = planWith('disconnect-personal-inbox', 'disable', { page: 'hubspot-connected-emails', labelKey: 'disable', then: ['yesDisable'], rowAddress: ADDRESS });
const content = (host: string): { sender: ClassifiedSender } => ({ sender: { kind: 'content', host, tabId: 3, url: `https://${host}/x` } });
const remembered: [string, string][] = [];
const ask = (plan: RunPlan, userLocale: 'en' | 'de' | 'sv', host: string, request: { pageLocale?: 'en' | 'de' | 'sv' }) =>
  createGuideCurrentStepHandler(async () => [plan], async () => userLocale, async (table, locale) => void remembered.push([table, locale]))(request, content(host));

describe('guide/current-step quotes the page in its own language', () => {
  it('a German page gets its German buttons inside an English sentence', async () => {
    const explain = (await ask(disable, 'en', 'app.hubspot.com', { pageLocale: 'de' }))?.explain ?? '';
    const de = HUBSPOT_LABELS.de;
    expect(explain).toContain(`click “${de.disable}”, then “${de.yesDisable}”`);
    expect(explain).toContain(`tab “${de.connectedEmails}”`);
    expect(explain).toContain(`shows as “${de.disabled}”`);
    expect(explain).not.toContain('“Disable”');
    expect(explain).not.toMatch(/\{[\w.]+\}/);
    // The side panel quotes the same buttons as this page shows them.
    expect(remembered.at(-1)).toEqual(['hubspot', 'de']);
  });

  it('a Swedish user on an English page reads English buttons in a Swedish sentence', async () => {
    const explain = (await ask(disable, 'sv', 'app.hubspot.com', { pageLocale: 'en' }))?.explain ?? '';
    expect(explain).toContain(`klicka på ”${HUBSPOT_LABELS.en.disable}” och sedan på ”${HUBSPOT_LABELS.en.yesDisable}”`);
    expect(explain).not.toContain(HUBSPOT_LABELS.sv.yesDisable);
  });

  it('without the page language (an older script), quotes the user language labels', async () => {
    const explain = (await ask(disable, 'de', 'app.hubspot.com', {}))?.explain ?? '';
    expect(explain).toContain(`„${HUBSPOT_LABELS.de.disable}“`);
    expect(explain).toContain(`„${HUBSPOT_LABELS.de.yesDisable}“`);
  });

  it('on Google and account.live.com too', async () => {
    const google = planWith('revoke-google-consumer', 'remove-access', { page: 'google-connections', labelKey: 'removeAccess', then: ['confirm'], account: ADDRESS });
    const googleExplain = (await ask(google, 'en', 'myaccount.google.com', { pageLocale: 'de' }))?.explain ?? '';
    expect(googleExplain).toContain(`click “${GOOGLE_CONNECTIONS_LABELS.de.removeAccess}”`);
    expect(googleExplain).toContain(`open “${GOOGLE_CONNECTIONS_LABELS.de.titles[0] ?? ''}”`);
    const outlook = planWith('revoke-outlook', 'remove', { page: 'microsoft-live-consent', labelKey: 'edit', then: ['remove'], account: ADDRESS });
    const outlookExplain = (await ask(outlook, 'en', 'account.live.com', { pageLocale: 'sv' }))?.explain ?? '';
    expect(outlookExplain).toContain(`click “${LIVE_CONSENT_LABELS.sv.edit}”, then “${LIVE_CONSENT_LABELS.sv.remove}”`);
    expect(outlookExplain).not.toContain('Remove these permissions');
  });

  it('every guided explanation uses only placeholders its page (or the plan) can fill', () => {
    const pages: Record<string, GuideTarget['page']> = {
      'plan.disconnect-personal-inbox.disable.explain': 'hubspot-connected-emails',
      'plan.disconnect-personal-inbox.remove.explain': 'hubspot-connected-emails',
      'plan.delete-team-channel.delete.explain': 'hubspot-channels',
      'plan.revoke-google-consumer.remove-access.explain': 'google-connections',
      'plan.revoke-microsoft-user.revoke.explain': 'microsoft-my-apps',
      'plan.revoke-outlook.remove.explain': 'microsoft-live-consent',
    };
    for (const [key, page] of Object.entries(pages)) {
      const known = new Set([...Object.keys(pageLabelParams(page, 'en', 'en')), 'address', 'admin', 'portal']);
      const used = [...PLAN_CATALOGS.en[key as PlanMessageKey].matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');
      expect(used.filter((name) => !known.has(name)), key).toEqual([]);
    }
  });

  it('accepts only the five locales as the page language, and no language at all', () => {
    const request = guideProtocol['guide/current-step'].request;
    expect(v.safeParse(request, {}).success).toBe(true);
    expect(v.safeParse(request, { pageLocale: 'sv' }).success).toBe(true);
    expect(v.safeParse(request, { pageLocale: 'fr' }).success).toBe(false);
    expect(v.safeParse(request, { pageLocale: '<b>' }).success).toBe(false);
  });
});
