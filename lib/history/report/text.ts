/**
 * "Copy for support": a short plain-text summary — what, when, why and the fix, the sources that
 * could not be read and why, the extension and browser, and the request ids support asks for.
 */
import type { Translate } from '../../i18n';
import { formatDateTime } from '../dates';
import type { PresentOptions } from '../present';
import type { HistoryReport } from './build';

const MAX_VERDICTS = 10;
const MAX_IDS = 10;

export function reportText(report: HistoryReport, t: Translate, options: PresentOptions): string {
  const env = report.environment;
  const scope = report.scope.kind === 'portal' ? t('report.scope.portal') : t('report.scope.mailbox', { address: report.scope.address });
  const lines = [
    `${t('report.title')} — ${scope}`,
    t('report.generated', { time: formatDateTime(report.generatedAt, t.locale, options) }),
    `${t('report.version', { version: env.extensionVersion })} · ${t('report.browser', { browser: env.browser })}`,
    env.sync.lastCompletedAt ? t('report.sync', { state: env.sync.state, time: formatDateTime(env.sync.lastCompletedAt, t.locale, options) }) : t('report.syncNever', { state: env.sync.state }),
    '',
    `${t('report.verdicts')}:`,
    ...(report.verdicts.length ? report.verdicts.slice(0, MAX_VERDICTS).map((v) => `- ${report.scope.kind === 'portal' ? `${v.subject}: ` : ''}${v.title} ${v.fix}`) : [`- ${t('history.verdict.none')}`]),
  ];
  const unread = report.mailboxes.flatMap((mailbox) => mailbox.sources.filter((s) => !['read', 'none-found'].includes(s.state)).map((s) => `- ${s.text}`));
  if (unread.length) lines.push('', `${t('history.heading.sources')}:`, ...unread);
  if (report.scope.kind === 'portal') lines.push('', `${t('report.findings')}: ${report.findings.length}`);
  if (report.correlationIds.length) lines.push('', `${t('report.column.requestId')}: ${report.correlationIds.slice(0, MAX_IDS).join(', ')}`);
  return lines.join('\n');
}
