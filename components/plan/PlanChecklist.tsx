import { useState } from 'preact/hooks';
import type { MessageKey } from '../../lib/i18n';
import type { PlanUiEvent } from '../../lib/messaging/plan-protocol';
import { currentStep, type RunPlan, type RunStep } from '../../lib/plans';
import { useI18n } from '../shared/i18n-context';
import { useMeta } from '../shared/use-meta';
import { apiConfirmLabelKey } from './confirm-labels';
import { ConfirmDialog } from './ConfirmDialog';
import { failureNoticeKey, refusalKey, usePlanNotice } from './plan-notice';
import { planParams, PlanStepItem } from './PlanStepItem';
import { sendPlanMessage } from './send';
import { approvedCandidates, StepAppsList, useStepApps } from './StepApps';
import { TypedConfirmDialog } from './TypedConfirmDialog';
import { obtainGraphWriteAccess } from './write-consent';

type Dialog = { kind: 'run'; step: RunStep } | { kind: 'cancel' } | undefined;

/**
 * The plan as a checklist with progress. Every change goes to the background as `plan/advance`;
 * the view re-renders from the store. An api step runs only through the confirm dialog, which
 * alone sends `confirmed: true`; cancelling asks first too. A refusal or a failed event shows a
 * localized notice until the stored plan changes.
 */
export function PlanChecklist({ plan, title, statusText, checkAgain = false }: {
  plan: RunPlan;
  /** A people plan's own heading (default: the unlink plan's "Unlink {address} from HubSpot"). */
  title?: string;
  statusText?: string;
  /** Offer "Check again" for the whole plan (people plans: HubSpot's page is where the click happens). */
  checkAgain?: boolean;
}) {
  const { t } = useI18n();
  const [dialog, setDialog] = useState<Dialog>();
  const [busy, setBusy] = useState(false);
  const notice = usePlanNotice(plan);
  const pageLanguages = useMeta('pageLanguages') ?? undefined;
  const params = planParams(plan);
  const current = currentStep(plan);
  const finished = plan.steps.filter((s) => s.state === 'done' || s.state === 'skipped').length;

  /**
   * An Entra admin's delete needs this step's own write permission (the sign-in is read-only):
   * the Microsoft tab asks for it, and the same confirmed event goes again once it is granted.
   */
  const askWriteAccess = async (event: PlanUiEvent) => {
    const admin = plan.context.microsoftAdmin;
    if (!admin) return;
    notice.say(t('ui.plan.writeConsent'));
    if (await obtainGraphWriteAccess(admin)) advance(event);
    else notice.say(t('ui.plan.writeConsentMissing'));
  };
  const advance = (event: PlanUiEvent) => {
    setBusy(true);
    notice.clear();
    void sendPlanMessage('plan/advance', { planId: plan.id, event })
      .then(
        (answer) => {
          if (answer.refused === 'write-consent-needed' && event.type === 'run-api') return askWriteAccess(event);
          return answer.refused ? notice.say(t(refusalKey(answer.refused))) : undefined;
        },
        // Never the raw error: a worker that died mid-event closes the channel with browser text.
        (error: unknown) => notice.say(t(failureNoticeKey(error))),
      )
      .finally(() => setBusy(false));
  };
  const runConfirmed = (step: RunStep, confirmation: { typed?: string; apps?: readonly string[] }) => {
    setDialog(undefined);
    const { typed, apps = [] } = confirmation;
    advance({ type: 'run-api', stepId: step.id, confirmed: true, ...(typed === undefined ? {} : { typed }), ...(apps.length > 0 ? { apps: [...apps] } : {}) });
  };

  return (
    <section class="plan" data-testid="plan" data-plan-id={plan.id} data-status={plan.status} aria-labelledby="plan-heading" aria-busy={busy}>
      <h3 id="plan-heading">{title ?? t('plan.title', params)}</h3>
      <p>
        <span data-testid="plan-status">{statusText ?? t(`plan.status.${plan.status}`)}</span>
        {' · '}
        <span data-testid="plan-progress" data-done={finished} data-total={plan.steps.length}>
          {t('ui.plan.progress', { doneCount: finished, count: plan.steps.length })}
        </span>
      </p>
      <progress max={plan.steps.length} value={finished} aria-hidden="true" />
      {plan.notes.map((note) => (
        <p key={note} class="notice" data-testid="plan-note" data-note={note}>{t(`plan.note.${note}` as MessageKey, params)}</p>
      ))}
      <ol class="plan-steps">
        {plan.steps.map((step) => (
          <PlanStepItem
            key={step.id}
            plan={plan}
            step={step}
            current={step.id === current?.id}
            busy={busy}
            onConfirm={(s) => advance({ type: 'confirmed', stepId: s.id })}
            onRun={(s) => setDialog({ kind: 'run', step: s })}
            onRecheck={() => advance({ type: 'resume' })}
            pageLanguages={pageLanguages}
          />
        ))}
      </ol>
      <p role="status" data-testid="plan-notice" class="muted">{notice.text}</p>
      {plan.status === 'running' && (
        <div class="actions">
          {checkAgain && <button type="button" data-testid="plan-check-again" disabled={busy} onClick={() => advance({ type: 'resume' })}>{t('plan.action.recheck')}</button>}
          <button type="button" data-testid="plan-cancel" disabled={busy} onClick={() => setDialog({ kind: 'cancel' })}>{t('plan.action.cancel')}</button>
        </div>
      )}
      {dialog?.kind === 'run' && dialog.step.typedConfirmation !== undefined && (
        <TypedConfirmDialog
          title={t('ui.plan.confirmTitle')}
          message={t((dialog.step.confirm ?? dialog.step.explain) as MessageKey, planParams(plan, dialog.step))}
          expected={dialog.step.typedConfirmation}
          inputLabel={t('ui.plan.typeToConfirm', { address: dialog.step.typedConfirmation })}
          confirmLabel={t(apiConfirmLabelKey(dialog.step), planParams(plan, dialog.step))}
          backLabel={t('ui.plan.confirmBack')}
          onConfirm={(typed) => runConfirmed(dialog.step, { typed })}
          onClose={() => setDialog(undefined)}
        />
      )}
      {dialog?.kind === 'run' && dialog.step.typedConfirmation === undefined && (
        <RunDialog plan={plan} step={dialog.step} onConfirm={(step, apps) => runConfirmed(step, { apps })} onClose={() => setDialog(undefined)} />
      )}
      {dialog?.kind === 'cancel' && (
        <ConfirmDialog
          title={t('ui.plan.confirmTitle')}
          message={t('ui.plan.cancelQuestion')}
          confirmLabel={t('ui.plan.cancelYes')}
          backLabel={t('ui.plan.confirmBack')}
          onConfirm={() => {
            setDialog(undefined);
            advance({ type: 'cancel' });
          }}
          onClose={() => setDialog(undefined)}
          testId="cancel-dialog"
        />
      )}
    </section>
  );
}

/**
 * The destructive step's confirmation: what it does, and the apps it acts on as the admin's API
 * lists them now (known, confirmed, or only looking like HubSpot's: confirming approves those as
 * HubSpot's for the directory). The confirm button appears once that list has loaded or failed.
 */
function RunDialog({ plan, step, onConfirm, onClose }: { plan: RunPlan; step: RunStep; onConfirm: (step: RunStep, apps: readonly string[]) => void; onClose: () => void }) {
  const { t } = useI18n();
  const params = planParams(plan, step);
  const apps = useStepApps(plan.id, step.id);
  return (
    <ConfirmDialog
      title={t('ui.plan.confirmTitle')}
      message={t((step.confirm ?? step.explain) as MessageKey, params)}
      confirmLabel={t(apiConfirmLabelKey(step), params)}
      backLabel={t('ui.plan.confirmBack')}
      onConfirm={() => onConfirm(step, approvedCandidates(apps))}
      onClose={onClose}
      ready={apps.state !== 'loading'}
    >
      <StepAppsList apps={apps} address={plan.context.address} />
    </ConfirmDialog>
  );
}
