import { useEffect, useState } from 'preact/hooks';
import type { ImportRow, UserImport } from '../../lib/model';
import { timeLeftMs } from '../../lib/people/time-left';
import { useI18n } from '../shared/i18n-context';
import { VirtualList } from '../shared/VirtualList';
import { downloadCsv, importResultCsv } from './import-result-csv';
import { sendPeopleMessage } from './send';
import { useImport } from './use-import';

const ROW_HEIGHT = 40;
/** An import that has not moved for this long while running has lost its worker: ask the background to go on. */
const STALLED_AFTER_MS = 15_000;
const SENDABLE = ['pending', 'intent', 'created', 'existed', 'failed', 'cancelled'] as const;
const FINISHED = ['created', 'existed', 'failed', 'cancelled'] as const;

function progressOf(record: UserImport) {
  const total = SENDABLE.reduce((sum, state) => sum + record.counts[state], 0);
  const done = FINISHED.reduce((sum, state) => sum + record.counts[state], 0);
  return { total, done, remaining: total - done };
}

/**
 * One import: a progress bar with counts and the time left while it creates; then (and meanwhile)
 * what happened to every row, downloadable as CSV. It asks the background to go on when the import
 * stalls (a worker Chrome stopped), and offers the next step per row: reactivate a deactivated user,
 * make a new user a Super Admin (guided in HubSpot).
 */
export function ImportView({ importId, onOpenPerson, onBack }: { importId: string; onOpenPerson(userId: string): void; onBack(): void }) {
  const { t, locale } = useI18n();
  const { value } = useImport(importId);
  const [notice, setNotice] = useState('');
  const record = value?.record;
  const running = record?.status === 'running';
  useEffect(() => {
    if (!running || record?.blockedBy) return;
    const timer = setInterval(() => {
      if (Date.now() - Date.parse(record.updatedAt) > STALLED_AFTER_MS) void sendPeopleMessage('people/import-resume', { importId }).catch(() => undefined);
    }, 5_000);
    return () => clearInterval(timer);
  }, [running, record?.updatedAt, record?.blockedBy, importId]);
  useEffect(() => {
    // The new users belong in the People list: a sync reads them as soon as the import is done.
    if (record?.status === 'done') void sendPeopleMessage('sync/now', {}).catch(() => undefined);
  }, [record?.status]);
  if (!value) return <p aria-busy="true" />;
  if (!record) return <p class="empty" data-testid="import-unknown">{t('people.import.unknown')}</p>;
  const progress = progressOf(record);
  const left = timeLeftMs({ recent: record.recentResults ?? [], remaining: progress.remaining, limit: record.pace ?? { max: 100, intervalMs: 10_000 } });
  const minutes = new Intl.NumberFormat(locale, { style: 'unit', unit: 'minute', maximumFractionDigits: 0 });
  const seconds = new Intl.NumberFormat(locale, { style: 'unit', unit: 'second', maximumFractionDigits: 0 });
  const leftText = left >= 60_000 ? minutes.format(Math.ceil(left / 60_000)) : seconds.format(Math.ceil(left / 1000));
  const planFor = (row: ImportRow, kind: 'reactivate-person' | 'make-super-admin') =>
    void sendPeopleMessage('people/plan-start', { userId: row.userId!, kind }).then(
      (answer) => ('refused' in answer ? setNotice(t(`people.refusal.${answer.refused}`)) : onOpenPerson(row.userId!)),
      () => setNotice(t('people.failed')),
    );
  return (
    <section aria-labelledby="import-heading" data-testid="import" data-status={record.status} data-blocked={record.blockedBy}>
      <button type="button" data-testid="import-back" onClick={onBack}>{t('people.back')}</button>
      <h2 id="import-heading">{record.fileName ? t('people.import.titleFile', { file: record.fileName }) : t('people.import.title')}</h2>
      <p data-testid="import-status">{t(`people.import.status.${record.status}`)}</p>
      <progress max={Math.max(progress.total, 1)} value={progress.done} aria-label={t('people.import.progressLabel')} data-testid="import-progress" />
      <p data-testid="import-counts" role="status" data-done={progress.done} data-total={progress.total}
        data-created={record.counts.created} data-existed={record.counts.existed} data-failed={record.counts.failed}>
        {t('people.import.counts', { done: progress.done, total: progress.total, created: record.counts.created, existed: record.counts.existed, failed: record.counts.failed })}
        {running && progress.remaining > 0 && !record.blockedBy && <span data-testid="import-time-left"> · {t('people.import.timeLeft', { time: leftText })}</span>}
      </p>
      {record.blockedBy && (
        <p class="notice" role="alert" data-testid="import-blocked">
          {t(`people.import.blocked.${record.blockedBy}` as 'people.import.blocked.offline', { scope: 'settings.users.write' })}
          {' '}<button type="button" data-testid="import-retry" onClick={() => void sendPeopleMessage('people/import-resume', { importId }).catch(() => undefined)}>{t('people.import.retry')}</button>
        </p>
      )}
      <div class="actions">
        {running && <button type="button" data-testid="import-cancel" onClick={() => void sendPeopleMessage('people/import-cancel', { importId }).catch(() => setNotice(t('people.failed')))}>{t('people.import.cancel')}</button>}
        <button type="button" data-testid="import-download" onClick={() => downloadCsv(importResultCsv(value.rows, t), `inboxlink-import-${record.createdAt.slice(0, 10)}.csv`)}>{t('people.import.download')}</button>
        <p role="status" class="muted" data-testid="import-notice">{notice}</p>
      </div>
      <h3>{t('people.import.result')}</h3>
      <VirtualList
        items={value.rows}
        keyOf={(row) => row.id}
        label={t('people.import.result')}
        estimateSize={ROW_HEIGHT}
        class="import-rows"
        renderItem={(row, state) => {
          const { measureRef, ...placement } = state.item;
          const tab = state.active ? 0 : -1;
          return (
            <li ref={measureRef} {...placement} class="import-row" data-testid="result-row" data-state={row.state} data-address={row.address} data-index={row.index}>
              <span class="import-row__line">{t('people.add.line', { line: row.index + 1 })}</span>
              <span class="import-row__input" tabIndex={tab}>{row.input || '—'}</span>
              <span class="import-row__verdict">{t(`people.row.${row.state}`, { line: (row.duplicateOf ?? 0) + 1 })}{row.verifiedBy === 'lookup' && ` · ${t('people.import.foundByLookup')}`}</span>
              {row.state === 'reactivate' && row.userId && <button type="button" tabIndex={tab} data-testid="result-reactivate" onClick={() => planFor(row, 'reactivate-person')}>{t('people.person.reactivate')}</button>}
              {row.state === 'created' && row.userId && <button type="button" tabIndex={tab} data-testid="result-make-super-admin" onClick={() => planFor(row, 'make-super-admin')}>{t('people.person.makeSuperAdmin')}</button>}
            </li>
          );
        }}
      />
    </section>
  );
}
