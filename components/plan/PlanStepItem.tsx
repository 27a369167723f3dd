import type { Locale, MessageKey, Translate } from '../../lib/i18n';
import { LABEL_TABLE_OF_PAGE, pageLabelParams, type LabelTable } from '../../lib/i18n/page-labels';
import type { RunPlan, RunStep } from '../../lib/plans';
import { contextOf } from '../../lib/plans/step-context';
import { useI18n } from '../shared/i18n-context';
import { HandoffMessage } from './HandoffMessage';
import { unprovenText } from './unproven-text';

interface Props {
  plan: RunPlan;
  step: RunStep;
  /** The step the plan waits on; only it offers actions. */
  current: boolean;
  busy: boolean;
  onConfirm: (step: RunStep) => void;
  onRun: (step: RunStep) => void;
  onRecheck: () => void;
  /** The language each site's pages were last seen in (the guide reports it); unknown: the user's. */
  pageLanguages?: Partial<Record<LabelTable, Locale>>;
}

/** The parameters the plan strings use ({address}, {admin}, {domain}, {person}), from the step's context when it has its own. */
export function planParams(plan: RunPlan, step?: RunStep): Record<string, string> {
  const context = step ? contextOf(plan, step) : plan.context;
  return {
    address: context.address,
    admin: context.googleAdmin ?? context.microsoftAdmin ?? '',
    domain: context.partnerDomain?.to ?? '',
    ...(context.person ? { person: context.person.name ?? context.address } : {}),
  };
}

/**
 * The explanation quotes the step page's labels as that page shows them when the guide has seen
 * it in another language, with the translation beside them ("„Disable“ (Deaktivieren)"); else in
 * the user's language.
 */
function explainParams(step: RunStep, locale: Locale, params: Record<string, string>, pageLanguages: Props['pageLanguages']): Record<string, string> {
  if (!step.target) return params;
  const pageLocale = pageLanguages?.[LABEL_TABLE_OF_PAGE[step.target.page]] ?? locale;
  return { ...pageLabelParams(step.target.page, locale, pageLocale, true), ...params };
}

/**
 * What the step's error names as the step: its note (a code plus data, translated here). A plan
 * stored before notes existed has only `detail`, an English sentence that may hold an exception's
 * text: it is never shown, the step's own title stands in for it (the next check writes a note).
 */
function stepLabel(t: Translate, step: RunStep, params: Record<string, string>): string {
  return step.note ? t(`plan.note.${step.note.code}`, { ...params, ...step.note.data }) : t(step.title as MessageKey, params);
}

/** What the user may do on the current step; the runner refuses anything else anyway. */
function actionsOf(step: RunStep) {
  const open = step.state === 'active' || step.state === 'failed';
  return {
    confirm: open && (step.kind === 'guided' || step.kind === 'handoff' || (step.kind === 'verify' && step.error === 'cannot-verify')),
    run: open && step.kind === 'api',
    recheck: step.state === 'intent-recorded' || (step.kind === 'verify' && step.state === 'failed' && step.error !== 'cannot-verify'),
  };
}

/** One step of the checklist: title, explanation, state, how it completed, and its actions. */
export function PlanStepItem({ plan, step, current, busy, onConfirm, onRun, onRecheck, pageLanguages }: Props) {
  const { t, locale } = useI18n();
  const params = planParams(plan, step);
  const actions = current && plan.status === 'running' ? actionsOf(step) : { confirm: false, run: false, recheck: false };
  const finished = step.state === 'done' || step.state === 'skipped';
  const unproven = finished ? undefined : unprovenText(t, step);
  return (
    <li class={`plan-step plan-step--${step.state}`} data-testid="plan-step" data-step-id={step.id} data-state={step.state} data-kind={step.kind} data-sent={step.sentAt ? 'true' : undefined} aria-current={current ? 'step' : undefined}>
      <h4 class="plan-step__title">{t(step.title as MessageKey, params)}</h4>
      <p class="plan-step__state" data-testid="plan-step-state">
        {step.completedBy && step.state === 'done' ? (
          // One phrase says both that it is done and how that is known (API, page, the user).
          <span data-testid="plan-step-completed-by" data-completed-by={step.completedBy}>{t(`plan.completedBy.${step.completedBy}`)}</span>
        ) : (
          t(`plan.state.${step.state}`)
        )}
      </p>
      {step.state === 'done' && step.note?.code === 'reached-provider' && (
        // After a restart: what the listing proved about the call that was in flight.
        <p data-testid="plan-step-outcome" data-code={step.note.code}>{t('plan.note.reached-provider')}</p>
      )}
      {!finished && <p class="muted">{t(step.explain as MessageKey, explainParams(step, locale, params, pageLanguages))}</p>}
      {unproven && (
        <p class="notice" data-testid="plan-step-unproven" data-reason={unproven.reason} data-then={unproven.then}>{unproven.text}</p>
      )}
      {step.error && (
        <p class="error" data-testid="plan-step-error" data-code={step.error}>
          {t(`plan.error.${step.error}` as MessageKey, { ...params, step: stepLabel(t, step, params) })}
        </p>
      )}
      {step.deepLink && !finished && (
        <p>
          <a href={step.deepLink} target="_blank" rel="noopener noreferrer" data-testid="plan-step-link">{t('plan.action.open')}</a>
          {step.kind === 'guided' && <span class="muted"> — {t('ui.plan.guidedHint')}</span>}
        </p>
      )}
      {current && step.kind === 'handoff' && !finished && <HandoffMessage plan={plan} />}
      <div class="actions">
        {actions.confirm && (
          <button type="button" data-testid="plan-step-confirm" disabled={busy} onClick={() => onConfirm(step)}>{t('plan.action.confirm')}</button>
        )}
        {actions.run && (
          <button type="button" class="danger" data-testid="plan-step-run" disabled={busy} onClick={() => onRun(step)}>{t('plan.action.run')}</button>
        )}
        {actions.recheck && (
          <button type="button" data-testid="plan-step-recheck" disabled={busy} onClick={onRecheck}>{t('plan.action.recheck')}</button>
        )}
      </div>
    </li>
  );
}
