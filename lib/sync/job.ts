/**
 * The shape of a sync job: a small declarative object the runner (runner.ts) drives page by page.
 * A job knows how to fetch one page and how to turn it into records; the runner owns the
 * transactions, checkpoints, progress and the end-of-pass sweep.
 */
import type { MailboxUpdate } from '../store/repo-domain';
import type { CredentialProvider } from '../store/records';
import type { WriteTransaction } from '../store/access';
import type { InlineKeyStoreName, StoreMap, StoreName } from '../store/db-types';
import type { StoreDatabase } from '../store/open';

/** Progress is shown per resource; several jobs may feed one (owners: active + archived). */
export type SyncResource =
  | 'users'
  | 'owners'
  | 'roles'
  | 'teams'
  | 'inboxes'
  | 'channelAccounts'
  | 'googleGrants'
  | 'microsoftGrants'
  /** Token audit events, sign-ins and HubSpot account activity (lib/history). */
  | 'history';

export interface JobPage<T> {
  results: T[];
  /** Cursor of the next page; absent on the last page. */
  nextAfter?: string;
  total?: number;
}

/** Stores a page writes with a plain put (stable keys, so a repeated page replaces itself). */
export type PutStore = Exclude<InlineKeyStoreName, 'mailboxes' | 'observations' | 'audit'>;

/** What one page becomes. Mailboxes merge into what is known (mailboxes have many sources). */
export type PageRecords = { [S in PutStore]?: StoreMap[S][] } & { mailboxes?: MailboxUpdate[] };

export interface RecordContext<L> {
  /** When this page was fetched; records seen in a pass carry a time at or after its start. */
  syncedAt: string;
  /** What the job's prepare() read from the store before the pass went on. */
  lookup: L;
}

/** Every store a job may touch during a write (the runner adds syncState and meta). */
export type JobTransaction = WriteTransaction<StoreName>;

/** How a full pass treats a record of `store` it did not see. */
export interface Sweep<S extends PutStore = PutStore> {
  store: S;
  /** The record is this job's to judge (owners: the active job judges only live owners). */
  isMine?(record: StoreMap[S]): boolean;
  /** When the record was last seen by a sync. */
  seenAt(record: StoreMap[S]): string | undefined;
  /** The record as it should read once it is gone; undefined leaves it as it is. */
  markGone(record: StoreMap[S], goneAt: string): StoreMap[S] | undefined;
}

/** A sweep with its store's type erased, so one job can list sweeps of several stores. */
export interface AnySweep {
  store: PutStore;
  apply(record: unknown, passStartedAt: string, goneAt: string): unknown;
}

export function defineSweep<S extends PutStore>(sweep: Sweep<S>): AnySweep {
  return {
    store: sweep.store,
    apply(value, passStartedAt, goneAt) {
      const record = value as StoreMap[S];
      if (sweep.isMine && !sweep.isMine(record)) return undefined;
      const seen = sweep.seenAt(record);
      if (seen !== undefined && seen >= passStartedAt) return undefined;
      return sweep.markGone(record, goneAt);
    },
  };
}

export interface SyncJob<C, T, L = undefined> {
  /** Also the checkpoint key in syncState, e.g. "hubspot:users" or "google:tokens:ada@x.example". */
  name: string;
  provider: CredentialProvider;
  resource: SyncResource;
  /** Stores the job writes or reads inside its transactions. */
  stores: StoreName[];
  /** Reads the job needs before its first page (e.g. archived owners for user status). */
  prepare?(db: StoreDatabase): Promise<L>;
  fetchPage(client: C, cursor: string | undefined, lookup: L): Promise<JobPage<T>>;
  toRecords(results: T[], context: RecordContext<L>): PageRecords;
  /** Unseen records at the end of a full pass; empty when the job never sweeps. */
  sweeps: AnySweep[];
  /** Extra work in the completing transaction, before the sweeps (e.g. removed users). */
  complete?(tx: JobTransaction, pass: { passStartedAt: string; completedAt: string }): Promise<void>;
}

/** Records that carry `goneAt` (the CRM types); a sweep stamps it. */
export function stampGone<R extends { goneAt?: string }>(record: R, goneAt: string): R | undefined {
  return record.goneAt ? undefined : { ...record, goneAt };
}
