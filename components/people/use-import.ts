import type { ImportRow, UserImport } from '../../lib/model';
import { openStore } from '../../lib/store/open';
import { useLiveQuery } from '../shared/use-live-query';

export interface ImportData {
  record?: UserImport;
  rows: ImportRow[];
}

/** An import and its rows, live from IndexedDB; re-read at most a few times a second while it runs. */
async function loadImport(importId: string): Promise<ImportData> {
  const db = await openStore();
  const tx = db.transaction(['imports', 'importRows'], 'readonly');
  const [record, rows] = await Promise.all([tx.objectStore('imports').get(importId), tx.objectStore('importRows').index('importId').getAll(importId)]);
  await tx.done;
  return { record, rows: rows.sort((a, b) => a.index - b.index) };
}

export function useImport(importId: string): { value?: ImportData; error?: string } {
  return useLiveQuery(['imports', 'importRows'], () => loadImport(importId), { minIntervalMs: 400 });
}
