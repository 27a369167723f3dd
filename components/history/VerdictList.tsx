import { useState } from 'preact/hooks';
import { fixText, verdictTitle } from '../../lib/history/present';
import type { Verdict } from '../../lib/history/verdict';
import { ReconnectInfo } from '../plan/ReconnectInfo';
import { sendPlanMessage } from '../plan/send';
import { useI18n } from '../shared/i18n-context';

/** Starts the unlinking plan for the verdict's mailbox (the side panel then guides it). */
function StartPlan({ address }: { address: string }) {
  const { t } = useI18n();
  const [notice, setNotice] = useState('');
  const start = () =>
    void sendPlanMessage('plan/start', { address }).then(
      (answer) => setNotice('refused' in answer ? t('ui.plan.noPortal') : t('history.fix.planStarted')),
      () => setNotice(t('plan.notice.failed')),
    );
  return (
    <>
      <button type="button" data-testid="verdict-start-plan" onClick={start}>{t('history.fix.startPlan')}</button>
      <span role="status" class="muted">{notice}</span>
    </>
  );
}

/** Why the connection stopped, in words, most severe first, each with its fix. */
export function VerdictList({ verdicts, now }: { verdicts: readonly Verdict[]; now: string }) {
  const { t } = useI18n();
  return (
    <section class="detail-block" data-testid="verdicts" data-count={verdicts.length} aria-labelledby="verdicts-heading">
      <h3 id="verdicts-heading">{t('history.verdicts')}</h3>
      {verdicts.length === 0 ? (
        <p class="muted" data-testid="verdict-none">{t('history.verdict.none')}</p>
      ) : (
        <ul class="records">
          {verdicts.map((verdict) => (
            <li key={verdict.code} data-testid="verdict" data-code={verdict.code} data-severity={verdict.severity} data-fix={verdict.fix.kind}>
              <span class={`severity severity--${verdict.severity}`}>{t(`ui.severity.${verdict.severity}`)}</span>{' '}
              <span data-testid="verdict-title">{verdictTitle(verdict, t, { now })}</span>
              <br />
              <span class="muted" data-testid="verdict-fix">{fixText(verdict, t)}</span>
              {verdict.fix.kind === 'plan' && <div class="actions"><StartPlan address={verdict.subject} /></div>}
            </li>
          ))}
        </ul>
      )}
      {/* What HubSpot will ask for, once per provider however many verdicts say "connect again". */}
      {[...new Set(verdicts.flatMap((verdict) => (verdict.fix.kind === 'reconnect' ? [verdict.fix.provider] : [])))].map((provider) => <ReconnectInfo key={provider} provider={provider} />)}
    </section>
  );
}
