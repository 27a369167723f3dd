import { useEffect, useState } from 'preact/hooks';
import { countStatuses, dailySeries, topFindings } from '../../lib/history/health';
import { LINK_STATUSES } from '../../lib/status/mailbox-status';
import { findingTextKeys } from '../sidepanel/finding-text';
import { useI18n } from '../shared/i18n-context';
import { useMailboxes } from '../shared/use-mailboxes';
import { StatusPill } from '../shared/StatusPill';
import { AlertSetting } from './AlertSetting';
import { ReportActions } from './ReportActions';
import { StatusChart } from './StatusChart';
import { usePortalHealth } from './use-portal-health';
import './history.css';

const MINUTE = 60_000;

/** Portal health for support and admins: mailboxes per status now and over 30 days, the top findings, the portal's report and the alert. */
export function PortalHealth() {
  const { t } = useI18n();
  const { rows } = useMailboxes();
  const { data, error } = usePortalHealth();
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), MINUTE);
    return () => clearInterval(timer);
  }, []);
  if (error) return <p class="error" role="alert">{error}</p>;
  if (!rows || !data) return <p aria-busy="true" />;
  const counts = countStatuses(rows);
  const top = topFindings(data.findings);
  return (
    <article data-testid="portal-health">
      <h1>{t('health.title')}</h1>
      <section aria-labelledby="health-now">
        <h2 id="health-now">{t('health.now')} · {t('health.total', { count: rows.length })}</h2>
        <ul class="health-counts" data-testid="health-counts">
          {LINK_STATUSES.map((status) => (
            <li key={status} data-status={status} data-count={counts[status]}><StatusPill status={status} /> {counts[status]}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="health-chart-heading">
        <h2 id="health-chart-heading">{t('health.chart.title')}</h2>
        {data.snapshots.length === 0 ? <p class="muted">{t('health.noHistory')}</p> : <StatusChart series={dailySeries(data.snapshots, now)} now={now.toISOString()} />}
      </section>
      <section aria-labelledby="health-findings" data-testid="top-findings">
        <h2 id="health-findings">{t('health.topFindings')}</h2>
        {top.length === 0 ? <p class="muted">{t('health.noFindings')}</p> : (
          <ol class="records">
            {top.map((finding) => {
              const keys = findingTextKeys(finding.code);
              return (
                <li key={finding.code} data-testid="top-finding" data-code={finding.code} data-count={finding.count}>
                  <span class={`severity severity--${finding.worst}`}>{keys ? t(keys.title) : finding.code}</span> · {t('health.findingCount', { count: finding.count })}
                </li>
              );
            })}
          </ol>
        )}
      </section>
      <section aria-labelledby="health-report">
        <h2 id="health-report">{t('health.report')}</h2>
        <ReportActions />
      </section>
      <AlertSetting />
    </article>
  );
}
