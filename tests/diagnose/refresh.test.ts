import { afterEach, describe, expect, it, vi } from 'vitest';
import { refreshFindings } from '../../lib/background/refresh-findings';
import { diagnose } from '../../lib/diagnose/run';
import { readSnapshot } from '../../lib/store/reads/diagnose-snapshot';
import { freshDb, type TestDb } from './db';
import { crmRow, grant, user } from './fixtures';

const JULIA = 'julia@nordlicht.example';
const HANNAH = 'hannah@nordlicht.example';
let db: TestDb | undefined;
afterEach(() => db?.changes.close());

async function plantedWorld(): Promise<TestDb> {
  db = freshDb();
  await db.repo.putMany('crmUsers', [user(JULIA, 'deactivated'), user(HANNAH)]);
  await db.repo.putMany('grants', [grant(JULIA), grant(HANNAH)]);
  await db.repo.putMany('observations', [crmRow(HANNAH, 'disabled')]);
  return db;
}

describe('refreshFindings', () => {
  it('reads one snapshot of the stores and stores what the rules find', async () => {
    const { access, repo } = await plantedWorld();
    const snapshot = await readSnapshot(access);
    expect([...snapshot.byAddress.keys()]).toEqual([HANNAH, JULIA]);
    const result = await refreshFindings(access);
    expect(result.changed).toBe(true);
    const stored = await repo.getAll('findings');
    expect(stored.map((f) => f.id).sort()).toEqual([`deactivated-user-grant:${JULIA}`, `half-unlinked:${HANNAH}`]);
    expect(stored).toEqual(expect.arrayContaining(diagnose(snapshot, access.now())));
    expect(await repo.getAllByIndex('findings', 'subject', JULIA)).toHaveLength(1);
  });

  it('a re-run neither duplicates nor rewrites, and keeps when a finding was first found', async () => {
    const { access, repo, clock } = await plantedWorld();
    await refreshFindings(access);
    const first = await repo.getAll('findings');
    clock.now = '2026-11-23T08:00:00.000Z';
    expect((await refreshFindings(access)).changed).toBe(false);
    expect(await repo.getAll('findings')).toEqual(first);
    // New evidence for Julia (a newer grant reading): rewritten, first-found time kept.
    await repo.putMany('grants', [grant(JULIA, 'google', 'present', clock.now)]);
    expect((await refreshFindings(access)).changed).toBe(true);
    const julia = await repo.get('findings', `deactivated-user-grant:${JULIA}`);
    expect(julia?.foundAt).toBe('2026-11-22T12:00:00.000Z');
    expect(julia?.evidence.join()).toContain(clock.now);
  });

  it('findings that no longer hold disappear', async () => {
    const { access, repo } = await plantedWorld();
    await refreshFindings(access);
    await repo.putMany('grants', [grant(JULIA, 'google', 'absent', '2026-11-22T13:00:00.000Z'), grant(HANNAH, 'google', 'absent', '2026-11-22T13:00:00.000Z')]);
    await refreshFindings(access);
    expect(await repo.getAll('findings')).toEqual([]);
  });

  it('announces a change of the findings store, and only when something changed', async () => {
    const { access, changes } = await plantedWorld();
    const events: string[][] = [];
    changes.subscribe(['findings', 'audit'], (stores) => events.push(stores));
    await refreshFindings(access);
    await vi.waitFor(() => expect(events).toEqual([['findings']]));
    expect((await refreshFindings(access)).changed).toBe(false);
    // A marker after the second run: the hub delivers in order (one pending set, one timer), so
    // once the marker arrives, anything the second run announced has arrived before or with it.
    changes.notifyChanged(['audit']);
    await vi.waitFor(() => expect(events.at(-1)).toContain('audit'));
    expect(events).toEqual([['findings'], ['audit']]);
  });
});
