/**
 * Records a user import before anything is created: the import (settings, who started it) and
 * every input row with its verdict, recomputed here from the entries and the store's users (the
 * page's preview is never trusted), in one transaction with its audit entry. Only the rows the
 * preview calls `pending` will be sent.
 */
import type { ImportRow, ImportSettings, UserImport } from '../../model';
import type { ImportEntry } from '../../people/entries';
import { previewImport } from '../../people/import-preview';
import type { StoreAccess } from '../../store/access';
import { emptyCounts, rowId } from './import-records';
import { readPreviewSnapshot } from './people-facts';

export interface ImportRequest {
  source: UserImport['source'];
  fileName?: string;
  entries: readonly ImportEntry[];
  settings: ImportSettings;
}

export type ImportStartResult = { importId: string } | { refused: 'no-hubspot' | 'no-entries' | 'unknown-role' | 'unknown-team' };

export async function startImport(access: StoreAccess, request: ImportRequest, actor: string, newId: () => string = () => crypto.randomUUID()): Promise<ImportStartResult> {
  const db = await access.db();
  if (!(await db.get('credentials', 'hubspot'))) return { refused: 'no-hubspot' };
  if (request.entries.length === 0) return { refused: 'no-entries' };
  const { settings } = request;
  if (settings.roleId && !(await db.get('roles', settings.roleId))) return { refused: 'unknown-role' };
  for (const teamId of [...(settings.primaryTeamId ? [settings.primaryTeamId] : []), ...settings.secondaryTeamIds]) {
    if (!(await db.get('teams', teamId))) return { refused: 'unknown-team' };
  }
  const preview = previewImport(request.entries, await readPreviewSnapshot(access));
  const id = newId();
  const now = access.now();
  const counts = emptyCounts();
  const rows: ImportRow[] = preview.rows.map((row) => {
    counts[row.verdict] += 1;
    return {
      id: rowId(id, row.index), importId: id, index: row.index, input: row.input, state: row.verdict,
      ...(row.address ? { address: row.address } : {}),
      ...(row.duplicateOf !== undefined ? { duplicateOf: row.duplicateOf } : {}),
      ...(row.userId ? { userId: row.userId } : {}),
      ...(row.partner ? { partner: row.partner } : {}),
    };
  });
  const record: UserImport = {
    id, status: counts.pending > 0 ? 'running' : 'done', source: request.source, ...(request.fileName ? { fileName: request.fileName } : {}),
    settings: { ...settings, secondaryTeamIds: [...settings.secondaryTeamIds] }, actor, total: rows.length, counts, createdAt: now, updatedAt: now,
    ...(counts.pending > 0 ? {} : { finishedAt: now }),
  };
  await access.write(['imports', 'importRows', 'audit'], async (tx) => {
    await tx.objectStore('imports').add(record);
    const store = tx.objectStore('importRows');
    await Promise.all(rows.map((row) => store.add(row)));
    const summary = `${rows.length} rows: ${counts.pending} to create, ${counts.invalid} invalid, ${counts.duplicate} duplicate, ${counts.existing} existing, ${counts.reactivate} deactivated`;
    await tx.objectStore('audit').add({ at: now, actor, action: 'people.import.start', subject: `import:${id}`, result: 'ok', detail: `${id} ${summary}` });
  });
  return { importId: id };
}
