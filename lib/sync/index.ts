/** Public API of sync; see README.md. */
export type { ApiPage, GoogleSyncClient, GraphSyncClient, HubSpotSyncClient, SyncClients } from './clients';
export { defaultSyncEnvironment } from './default-environment';
export { clientsFor, createSyncEnvironment } from './environment';
export type { ClientFactories, GetToken } from './environment';
export { errorKind } from './errors';
export type { ErrorKind } from './errors';
export { planJobs } from './jobs/index';
export type { PlannedJob } from './jobs/index';
export type { SyncResource } from './job';
export { backoffMs, readSyncStatus, runSyncPass } from './pass';
export type { PassResult, SyncEnvironment } from './pass';
export {
  DEFAULT_SYNC_INTERVAL_MINUTES,
  RESUME_ALARM,
  SYNC_ALARM,
  ensureSyncAlarms,
  handleSyncAlarm,
  runPassNow,
  runScheduledPass,
  syncIfStale,
} from './schedule';
export type { ResourceProgress, SyncLease, SyncProgress, SyncState, SyncStatus } from './status';
