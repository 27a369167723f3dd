import { useState } from 'preact/hooks';
import './plan.css';
import type { MailProvider } from '../../lib/model';
import { useI18n } from '../shared/i18n-context';
import { AuditLog } from './AuditLog';
import { PlanChecklist } from './PlanChecklist';
import { ReconnectInfo } from './ReconnectInfo';
import { sendPlanMessage } from './send';
import { usePlan } from './use-plan';

interface Props {
  address: string;
  provider: MailProvider;
  /** Whether there is a link to undo (linked, broken, half-unlinked): offers "Start unlinking". */
  canStart: boolean;
}

/**
 * The side panel's plan part of a mailbox's detail: the checklist of its plan (or a start
 * button), what HubSpot asks for when reconnecting, and the mailbox's audit log.
 */
export function PlanSection({ address, provider, canStart }: Props) {
  const { t } = useI18n();
  const { plan, audit, loaded, error } = usePlan(address);
  const [notice, setNotice] = useState('');
  const [starting, setStarting] = useState(false);
  const start = () => {
    setStarting(true);
    setNotice(t('ui.plan.starting'));
    void sendPlanMessage('plan/start', { address })
      .then(
        (answer) => setNotice('refused' in answer ? t('ui.plan.noPortal') : ''),
        // Never the raw error text: it may be the browser's words about a closed message channel.
        () => setNotice(t('plan.notice.failed')),
      )
      .finally(() => setStarting(false));
  };
  if (!loaded) return <p aria-busy="true" />;
  const running = plan?.status === 'running';
  return (
    <div class="plan-section" data-testid="plan-section">
      {error && <p class="error" role="alert">{t('plan.notice.unreadable')}</p>}
      {plan && <PlanChecklist plan={plan} />}
      {!running && canStart && (
        <button type="button" data-testid="plan-start" disabled={starting} onClick={start}>{t('ui.plan.start')}</button>
      )}
      <p role="status" class="muted" data-testid="plan-start-notice">{notice}</p>
      {plan && <ReconnectInfo provider={plan.context.provider ?? provider} />}
      <AuditLog entries={audit} />
    </div>
  );
}
