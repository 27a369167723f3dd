/**
 * A user import's records: the import and its rows, written together so the counts always
 * match the rows (one readwrite transaction per row change), and the audit entry of each create
 * with them. The runner (import-runner.ts) writes an intent here before each create and the result
 * after it.
 */
import { IMPORT_ROW_STATES, type AuditEntry, type ImportRow, type ImportRowState, type UserImport } from '../../model';
import type { StoreAccess } from '../../store/access';

export const emptyCounts = (): Record<ImportRowState, number> =>
  Object.fromEntries(IMPORT_ROW_STATES.map((state) => [state, 0])) as Record<ImportRowState, number>;

export const rowId = (importId: string, index: number): string => `${importId}:${String(index).padStart(6, '0')}`;

/** Rows still to send or to settle: an intent first (it may have reached HubSpot), then pending ones. */
export async function openRows(access: StoreAccess, importId: string): Promise<{ intents: ImportRow[]; pending: ImportRow[] }> {
  const db = await access.db();
  const [intents, pending] = await Promise.all([
    db.getAllFromIndex('importRows', 'importId_state', [importId, 'intent']),
    db.getAllFromIndex('importRows', 'importId_state', [importId, 'pending']),
  ]);
  const byIndex = (a: ImportRow, b: ImportRow) => a.index - b.index;
  return { intents: intents.sort(byIndex), pending: pending.sort(byIndex) };
}

export interface RowChange {
  state: ImportRowState;
  userId?: string;
  error?: string;
  verifiedBy?: ImportRow['verifiedBy'];
}

/**
 * Moves one row from `from` to the change's state (nothing when it is no longer in `from`: the
 * transition already happened), updates the import's counts and writes the audit entry, in one
 * transaction. Returns whether it moved.
 */
export function moveRow(access: StoreAccess, id: string, from: ImportRowState, change: RowChange, entry?: Omit<AuditEntry, 'id' | 'at'>): Promise<boolean> {
  return access.write(['importRows', 'imports', 'audit'], async (tx) => {
    const rows = tx.objectStore('importRows');
    const row = await rows.get(id);
    if (!row || row.state !== from) return false;
    const imports = tx.objectStore('imports');
    const record = await imports.get(row.importId);
    if (!record) return false;
    const now = access.now();
    const { error: _previous, ...rest } = row;
    const next: ImportRow = {
      ...rest,
      state: change.state,
      ...(change.state === 'intent' ? { intentAt: now } : { resultAt: now }),
      ...(change.userId ? { userId: change.userId } : {}),
      ...(change.error ? { error: change.error } : {}),
      ...(change.verifiedBy ? { verifiedBy: change.verifiedBy } : {}),
    };
    await rows.put(next);
    const counts = { ...record.counts, [from]: record.counts[from] - 1, [change.state]: record.counts[change.state] + 1 };
    const recent = change.state === 'intent' ? record.recentResults : [...(record.recentResults ?? []), Date.parse(now)].slice(-30);
    await imports.put({ ...record, counts, updatedAt: now, ...(recent ? { recentResults: recent } : {}) });
    if (entry) await tx.objectStore('audit').add({ ...entry, at: now });
    return true;
  });
}

/** Marks the import blocked (a code the UI explains) or clears it. */
export function setBlocked(access: StoreAccess, importId: string, blockedBy: string | undefined, until?: string): Promise<void> {
  return access.write(['imports'], async (tx) => {
    const record = await tx.objectStore('imports').get(importId);
    if (!record) return;
    const { blockedBy: _b, blockedUntil: _u, ...rest } = record;
    await tx.objectStore('imports').put({ ...rest, updatedAt: access.now(), ...(blockedBy ? { blockedBy } : {}), ...(until ? { blockedUntil: until } : {}) });
  });
}

/** Ends the import once no row is left to send; audited. */
export function finishImport(access: StoreAccess, importId: string, status: Extract<UserImport['status'], 'done' | 'cancelled'>, actor: string): Promise<boolean> {
  return access.write(['imports', 'importRows', 'audit'], async (tx) => {
    const imports = tx.objectStore('imports');
    const record = await imports.get(importId);
    if (!record || record.status !== 'running') return false;
    const now = access.now();
    const counts = { ...record.counts };
    if (status === 'cancelled') {
      // Rows never sent are cancelled; an intent stays an intent until it is settled (it may have reached HubSpot).
      const rows = tx.objectStore('importRows');
      for (const row of await rows.index('importId_state').getAll([importId, 'pending'])) {
        await rows.put({ ...row, state: 'cancelled', resultAt: now });
        counts.pending -= 1;
        counts.cancelled += 1;
      }
    }
    const { blockedBy: _b, blockedUntil: _u, ...rest } = record;
    await imports.put({ ...rest, counts, status, updatedAt: now, finishedAt: now });
    const summary = `${record.counts.created} created, ${record.counts.existed} existed, ${record.counts.failed} failed`;
    await tx.objectStore('audit').add({ at: now, actor, action: `people.import.${status}`, subject: `import:${importId}`, result: 'ok', detail: `${importId} ${summary}` });
    return true;
  });
}
