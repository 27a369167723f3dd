/**
 * What the UIs read about sync, kept in the `meta` store so an open popup sees it through change
 * events and a UI opened later (or offline) still shows the last state and its age.
 */
import type { SyncResource } from './job';

export type SyncState =
  /** No HubSpot token yet: nothing to sync; the UI points to the options page. */
  | 'not-connected'
  | 'idle'
  | 'running'
  | 'offline'
  | 'reconnect-hubspot'
  | 'missing-scope'
  | 'backing-off'
  | 'error';

export interface SyncStatus {
  state: SyncState;
  /** Scopes the HubSpot token lacks (state 'missing-scope', or alongside another state). */
  scopes?: string[];
  /** When the scheduler will try again (offline, backing-off). */
  retryAt?: string;
  lastError?: string;
  /** End of the last pass that went through every job. */
  lastCompletedAt?: string;
  /** Jobs skipped in the last pass, with why. */
  skipped?: { job: string; reason: string }[];
  /** Consecutive passes stopped by offline/backing-off, for the backoff delay. */
  attempt?: number;
  updatedAt: string;
}

export interface ResourceProgress {
  done: number;
  total?: number;
}

export interface JobProgress extends ResourceProgress {
  resource: SyncResource;
}

export interface SyncProgress {
  /** The pass these counts belong to. */
  passStartedAt: string;
  /** Per job (what a resumed pass carries on from). */
  jobs: Record<string, JobProgress>;
  /** Per resource: the sum of its jobs (what the UI shows). */
  resources: Partial<Record<SyncResource, ResourceProgress>>;
  updatedAt: string;
}

/** Single-flight guard: the run that holds it may run a pass until `expiresAt`. */
export interface SyncLease {
  holder: string;
  expiresAt: string;
}

declare module '../store/records' {
  interface MetaMap {
    syncStatus: SyncStatus;
    syncProgress: SyncProgress;
    syncLease: SyncLease;
  }

  interface SyncCheckpoint {
    /** Items this job has stored in the pass in progress (progress survives a resume). */
    done?: number;
    /** Total the API announced, when it does (Conversations lists). */
    total?: number;
  }
}

/** The one checkpoint that is not a job: the pass as a whole (its start decides what is done). */
export const PASS_KEY = 'pass';

/** Which state the UI sees when a pass ends with several problems: the one the user must act on first. */
const PRECEDENCE: readonly SyncState[] = ['reconnect-hubspot', 'offline', 'backing-off', 'error', 'missing-scope', 'idle'];

export function worstState(states: readonly SyncState[]): SyncState {
  return PRECEDENCE.find((state) => states.includes(state)) ?? 'idle';
}
