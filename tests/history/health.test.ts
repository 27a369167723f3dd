import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { ALERT_EVERY_MS, alertDue, countStatuses, dailySeries, localDay, topFindings } from '../../lib/history/health';
import { recordStatusSnapshot } from '../../lib/history/status-snapshots';
import type { Finding } from '../../lib/model';
import { createStoreAccess } from '../../lib/store/access';
import { createChangeHub } from '../../lib/store/changes';

const counts = (linked: number, broken: number, half: number) => ({ linked, broken, 'half-unlinked': half, 'not-linked': 0, unknown: 0 });

describe('portal health', () => {
  it('counts mailboxes per status', () => {
    expect(countStatuses([{ status: 'broken' }, { status: 'linked' }, { status: 'broken' }])).toEqual({ linked: 1, broken: 2, 'half-unlinked': 0, 'not-linked': 0, unknown: 0 });
  });

  it('gives the last 30 local days, oldest first, leaving a day without a count empty', () => {
    const now = new Date(2026, 11, 7, 15);
    const series = dailySeries([{ day: '2026-12-07', counts: counts(1, 0, 0), total: 1, at: '' }, { day: '2026-11-08', counts: counts(1, 1, 0), total: 2, at: '' }, { day: '2026-11-07', counts: counts(0, 0, 0), total: 0, at: '' }], now);
    expect(series).toHaveLength(30);
    expect(series[0]).toMatchObject({ day: '2026-11-08', snapshot: { total: 2 } });
    expect(series[29]).toMatchObject({ day: '2026-12-07', snapshot: { total: 1 } });
    expect(series.filter((point) => point.snapshot)).toHaveLength(2);
  });

  it('ranks the top findings by how many mailboxes they concern', () => {
    const finding = (code: string, subject: string, severity: Finding['severity'] = 'warning'): Finding => ({ id: `${code}:${subject}`, code, subject, severity, evidence: [], foundAt: '' });
    expect(topFindings([finding('a', '1'), finding('b', '1', 'critical'), finding('b', '2'), finding('c', '3', 'info')], 2)).toEqual([
      { code: 'b', count: 2, worst: 'critical' }, { code: 'a', count: 1, worst: 'warning' },
    ]);
  });

  it('alerts when broken + half-unlinked exceed the share the admin set, at most once a day, never when off', () => {
    const now = new Date('2026-12-07T10:00:00Z');
    expect(alertDue(counts(7, 2, 1), 20, undefined, now)).toMatchObject({ due: true, attention: 3, total: 10 });
    expect(alertDue(counts(8, 1, 1), 20, undefined, now).due).toBe(false);
    expect(alertDue(counts(7, 2, 1), undefined, undefined, now).due).toBe(false);
    expect(alertDue(counts(7, 2, 1), 20, new Date(now.getTime() - ALERT_EVERY_MS + 60_000).toISOString(), now).due).toBe(false);
    expect(alertDue(counts(7, 2, 1), 20, new Date(now.getTime() - ALERT_EVERY_MS).toISOString(), now).due).toBe(true);
    expect(alertDue(counts(0, 0, 0), 1, undefined, now).due).toBe(false);
  });

  it('keeps one count per local day, the newest of the day, and drops days older than three months', async () => {
    const access = createStoreAccess({ factory: new IDBFactory(), changes: createChangeHub({ channelName: `health-${Math.random()}` }) });
    const now = new Date(2026, 11, 7, 9);
    await access.write(['statusSnapshots'], (tx) => tx.objectStore('statusSnapshots').put({ day: '2026-08-01', counts: counts(1, 0, 0), total: 1, at: '' }));
    await recordStatusSnapshot(access, counts(3, 1, 0), now);
    await recordStatusSnapshot(access, counts(2, 2, 0), new Date(2026, 11, 7, 18));
    const stored = await (await access.db()).getAll('statusSnapshots');
    expect(stored).toEqual([expect.objectContaining({ day: localDay(now), counts: counts(2, 2, 0), total: 4 })]);
  });
});
