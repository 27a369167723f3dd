import { browser } from 'wxt/browser';
import { storedSecrets } from '../../auth/export';
import type { Handlers } from '../../messaging/router';
import { readPortalHistory } from '../../history/read';
import { buildHistoryReport, type ReportEnvironment } from '../../history/report/build';
import { reportCsv } from '../../history/report/csv';
import { guardReport } from '../../history/report/guard';
import { reportHtml } from '../../history/report/html';
import { reportText } from '../../history/report/text';
import { createStoreAccess } from '../../store/access';
import { repo } from '../../store/repo';
import type { SyncStatus } from '../../sync/status';
import { currentTranslator } from '../locale';

async function environment(locale: string): Promise<ReportEnvironment> {
  const status = (await repo.getMeta('syncStatus')) as SyncStatus | undefined;
  const drift = (await repo.getMeta('driftReports')) ?? [];
  return {
    extensionVersion: browser.runtime.getManifest().version,
    browser: globalThis.navigator?.userAgent ?? 'unknown',
    locale,
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    sync: { state: status?.state ?? 'never', ...(status?.lastCompletedAt ? { lastCompletedAt: status.lastCompletedAt } : {}), ...(status?.lastError ? { lastError: status.lastError } : {}) },
    pageDrift: drift,
  };
}

/** The support report, built here so the asking page never reads a credential. */
export const supportReport: NonNullable<Handlers['support/report']> = async ({ address }) => {
  const t = await currentTranslator();
  const now = new Date().toISOString();
  const report = buildHistoryReport({ portal: await readPortalHistory(createStoreAccess()), ...(address ? { address } : {}), environment: await environment(t.locale), t, options: { now } });
  const files = guardReport({ json: JSON.stringify(report), csv: reportCsv(report), html: reportHtml(report, t, { now }), text: reportText(report, t, { now }) }, await storedSecrets(repo));
  const scope = address ? address.replace(/[^a-z0-9.@-]/gi, '_') : 'portal';
  return { ...files, fileBase: `inboxlink-support-${scope}-${now.slice(0, 10)}` };
};
