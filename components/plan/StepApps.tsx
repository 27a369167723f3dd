import { useEffect, useState } from 'preact/hooks';
import type { StepApp } from '../../lib/messaging/plan-protocol';
import { useI18n } from '../shared/i18n-context';
import { sendPlanMessage } from './send';

export type StepAppsState = { state: 'loading' } | { state: 'failed' } | { state: 'loaded'; apps: StepApp[] };

/** What the plan's current api step would act on, listed by the background when the dialog opens. */
export function useStepApps(planId: string, stepId: string): StepAppsState {
  const [state, setState] = useState<StepAppsState>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    setState({ state: 'loading' });
    sendPlanMessage('plan/step-apps', { planId, stepId }).then(
      (answer) => live && setState('apps' in answer ? { state: 'loaded', apps: answer.apps } : { state: 'failed' }),
      () => live && setState({ state: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [planId, stepId]);
  return state;
}

/**
 * The apps the confirm dialog is about: name, id, access, publisher and whether each is known,
 * confirmed for this directory, or only looks like HubSpot's (confirming the dialog then
 * confirms it too). All data is rendered as text.
 */
export function StepAppsList({ apps, address }: { apps: StepAppsState; address: string }) {
  const { t } = useI18n();
  if (apps.state === 'loading') return <p class="muted" data-testid="step-apps-loading">{t('plan.apps.loading')}</p>;
  if (apps.state === 'failed') return <p class="notice" data-testid="step-apps-failed">{t('plan.apps.failed')}</p>;
  if (apps.apps.length === 0) return <p class="muted" data-testid="step-apps-none">{t('plan.apps.none', { address })}</p>;
  return (
    <section class="step-apps" data-testid="step-apps" aria-label={t('plan.apps.heading')}>
      <h4>{t('plan.apps.heading')}</h4>
      <ul>
        {apps.apps.map((app) => (
          <li key={app.id} data-testid="step-app" data-app-id={app.id} data-identity={app.identity}>
            <strong>{app.name}</strong>
            <br />
            <span>{t('plan.apps.id', { id: app.id })}</span>
            <br />
            <span>{app.publisher ? t('plan.apps.publisher', { publisher: app.publisher }) : t('plan.apps.noPublisher')}</span>
            <br />
            <span>{t('plan.apps.scopes', { scopes: app.scopes.join(', ') })}</span>
            <br />
            <em>{t(`plan.apps.${app.identity}`)}</em>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The candidate ids the admin approves by confirming the dialog (every one the dialog shows). */
export const approvedCandidates = (apps: StepAppsState): string[] =>
  apps.state === 'loaded' ? apps.apps.filter((app) => app.identity === 'candidate').map((app) => app.id) : [];
