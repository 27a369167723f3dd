import { repo } from '../store/repo';

export interface DriftReport {
  page: string;
  host: string;
  missing: string[];
  skeleton: string;
  at: string;
}

declare module '../store/records' {
  interface MetaMap {
    /** Newest last; bounded so a broken page cannot fill the disk. */
    driftReports: DriftReport[];
  }
}

const KEEP = 20;

export async function appendDriftReport(report: DriftReport): Promise<void> {
  const reports = (await repo.getMeta('driftReports')) ?? [];
  await repo.setMeta('driftReports', [...reports, report].slice(-KEEP));
}

/** The reports kept, oldest first (support reads them in the diagnostics). */
export async function readDriftReports(): Promise<DriftReport[]> {
  return (await repo.getMeta('driftReports')) ?? [];
}
