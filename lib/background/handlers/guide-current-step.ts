import type { Handlers } from '../../messaging/router';
import type { GuideStep } from '../../messaging/guide-protocol';
import type { Locale } from '../../i18n';
import { LABEL_TABLE_OF_PAGE, pageLabelParams, type LabelTable } from '../../i18n/page-labels';
import { planTranslator } from '../../plans/i18n';
import { contextOf } from '../../plans/step-context';
import type { RunPlan } from '../../plans/types';
import { repo } from '../../store/repo';
import { planGuidingHost } from '../guided-plan-on-host';
import { currentLocale } from '../locale';
import { rememberPageLanguage } from '../page-languages';

export type GuideCurrentStepHandler = NonNullable<Handlers['guide/current-step']>;

/**
 * The running plan's current guided step for the sender's page, its texts translated into the
 * user's language. Its explanation quotes the page's labels ("Deaktivieren") in the page's language
 * the script reports (else the user's), so the words match the buttons the user sees; that language
 * is remembered for the side panel, which quotes the same buttons away from the page. Answers only
 * about a step whose page lives on the sender's browser-stamped host, so a page learns nothing
 * about plans for other sites; it changes nothing.
 */
export function createGuideCurrentStepHandler(
  readRunningPlans: () => Promise<readonly RunPlan[]>,
  locale: () => Promise<Locale> = currentLocale,
  remember: (table: LabelTable, pageLocale: Locale) => Promise<void> = rememberPageLanguage,
): GuideCurrentStepHandler {
  return async (request, { sender }) => {
    if (sender.kind !== 'content' || !sender.host) return null;
    const host = sender.host;
    const chosen = planGuidingHost(await readRunningPlans(), host);
    if (!chosen) return null;
    const { plan, step } = chosen;
    const language = await locale();
    const t = planTranslator(language);
    const context = contextOf(plan, step);
    const params = {
      address: context.address, admin: context.googleAdmin ?? context.microsoftAdmin ?? '', portal: String(context.portal.id), domain: context.partnerDomain?.to ?? '',
      person: context.person?.name ?? context.address,
    };
    const kind = step.observe?.kind as GuideStep['observeKind'];
    // Only a nicety for the side panel's quotes: a failed write must not cost the page its step.
    if (request.pageLocale) await remember(LABEL_TABLE_OF_PAGE[step.target.page], request.pageLocale).catch(() => undefined);
    return {
      planId: plan.id,
      stepId: step.id,
      target: {
        page: step.target.page,
        labelKey: step.target.labelKey,
        then: [...(step.target.then ?? [])],
        ...(step.target.rowAddress ? { rowAddress: step.target.rowAddress } : {}),
        ...(step.target.account ? { account: step.target.account } : {}),
        ...(step.target.fill !== undefined ? { fill: step.target.fill } : {}),
      },
      ...(kind ? { observeKind: kind } : {}),
      title: t(step.title, params),
      explain: t(step.explain, { ...pageLabelParams(step.target.page, language, request.pageLocale ?? language), ...params }),
      openPanelLabel: t('plan.guide.openPanel'),
      refusals: refusalTexts(t, step.target.rowAddress ?? step.target.account ?? context.address),
    };
  };
}

/** Why the guide outlines nothing, for each refusal the highlighter can meet, naming the step's address. */
function refusalTexts(t: ReturnType<typeof planTranslator>, address: string): NonNullable<GuideStep['refusals']> {
  return {
    'no-row': t('plan.guide.refusal.no-row', { address }),
    'several-rows': t('plan.guide.refusal.several-rows', { address }),
    'other-dialog': t('plan.guide.refusal.other-dialog', { address }),
    'unknown-account': t('plan.guide.refusal.unknown-account', { address }),
    'wrong-account': t('plan.guide.refusal.wrong-account', { address }),
  };
}

/** The background's own record of the running plans (the store's `status` index). */
export const readRunningPlans = async (): Promise<RunPlan[]> => (await repo.getAllByIndex('plans', 'status', 'running')) as RunPlan[];

export const guideCurrentStep: GuideCurrentStepHandler = createGuideCurrentStepHandler(readRunningPlans);
