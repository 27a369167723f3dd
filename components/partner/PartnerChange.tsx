import { useState } from 'preact/hooks';
import type { MessageKey } from '../../lib/i18n';
import type { DomainAssessment } from '../../lib/partner/assess';
import { displayName } from '../../lib/partner/client-access';
import type { DomainChangers } from '../../lib/partner/facts';
import type { RunPlan } from '../../lib/plans';
import { PlanStepItem } from '../plan/PlanStepItem';
import { sendPlanMessage } from '../plan/send';
import { useI18n } from '../shared/i18n-context';
import { listOf } from './hubspot-words';

interface Props {
  current: string | null;
  assessment: DomainAssessment;
  changers: DomainChangers;
  plan: RunPlan | undefined;
}

/** The domains a change could go to: the suggestion, or each of a tie; never the current one. */
function targets(assessment: DomainAssessment, current: string | null): string[] {
  const { suggestion } = assessment;
  if (suggestion.kind === 'domain') return suggestion.domain === current ? [] : [suggestion.domain];
  return suggestion.kind === 'tie' ? suggestion.domains : [];
}

/**
 * Who may change the employee domain and, for a Super Admin, the guided change: a button per
 * target domain, then the plan's one step (done only when the page shows the domain). Anyone
 * else is told who can, by name, and offered nothing.
 */
export function PartnerChange({ current, assessment, changers, plan }: Props) {
  const { t } = useI18n();
  const [notice, setNotice] = useState('');
  const names = changers.superAdmins.length > 0 ? listOf(t, changers.superAdmins.map((u) => displayName(u) || u.email)) : t('partner.change.nobody');
  const running = plan?.status === 'running';
  const start = (domain: string) => {
    setNotice('');
    void sendPlanMessage('partner/change-domain', { domain }).then(
      (answer) => setNotice('refused' in answer ? t(`partner.change.refused.${answer.refused}` as MessageKey) : ''),
      () => setNotice(t('plan.notice.failed')),
    );
  };
  const cancel = (planId: string) => void sendPlanMessage('plan/advance', { planId, event: { type: 'cancel' } }).catch(() => setNotice(t('plan.notice.failed')));
  return (
    <section aria-labelledby="partner-change-heading" data-testid="partner-change" data-can-change={String(changers.canChange)}>
      <h3 id="partner-change-heading">{t('partner.change.heading')}</h3>
      {!changers.canChange && (
        <p data-testid="partner-who-can">
          {changers.me ? t('partner.change.notAllowed', { user: changers.me.email, names }) : t('partner.change.whoCan', { names })}
          {!changers.signedIn && <> {t('partner.change.unknownUser')}</>}
        </p>
      )}
      {changers.canChange && !running && targets(assessment, current).length > 0 && (
        <>
          <p class="muted">{t('partner.change.how')}</p>
          <div class="actions">
            {targets(assessment, current).map((domain) => (
              <button type="button" key={domain} data-testid="partner-change-start" data-domain={domain} onClick={() => start(domain)}>{t('partner.change.start', { domain })}</button>
            ))}
          </div>
        </>
      )}
      {plan && (
        <div data-testid="partner-plan" data-plan-id={plan.id} data-status={plan.status} data-domain={plan.context.partnerDomain?.to ?? ''}>
          <ol class="plan-steps">
            {plan.steps.map((step) => <PlanStepItem key={step.id} plan={plan} step={step} current={false} busy={false} onConfirm={() => undefined} onRun={() => undefined} onRecheck={() => undefined} />)}
          </ol>
          {running && <button type="button" data-testid="partner-plan-cancel" onClick={() => cancel(plan.id)}>{t('ui.plan.cancelYes')}</button>}
        </div>
      )}
      <p role="status" class="muted" data-testid="partner-change-notice">{notice}</p>
    </section>
  );
}
