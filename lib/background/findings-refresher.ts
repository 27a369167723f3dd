/**
 * Keeps the findings store fresh in the background: whenever a store the rules read changes (a
 * sync page, an observation, a grant check), it re-runs the rules, debounced so a sync writing page
 * after page causes one run, and never two runs at once (a change during a run schedules one more
 * after it). All state lives in this call's closure: the worker calls it again at each start, and
 * its first run catches up with whatever changed while no worker was listening.
 */
import { refreshFindings } from './refresh-findings';
import { DIAGNOSED_STORES } from '../diagnose/snapshot';
import { createStoreAccess, type StoreAccess } from '../store/access';
import { subscribe as subscribeToContext, type ChangeHub } from '../store/changes';

export const FINDINGS_DEBOUNCE_MS = 500;

export interface FindingsRefresherOptions {
  access?: StoreAccess;
  subscribe?: ChangeHub['subscribe'];
  debounceMs?: number;
  refresh?: (access: StoreAccess) => Promise<unknown>;
  onError?: (error: unknown) => void;
}

const logError = (error: unknown): void => console.warn('[inboxlink] findings:', error instanceof Error ? error.message : error);

/** Starts listening; returns the function that stops it. */
export function startFindingsRefresher(options: FindingsRefresherOptions = {}): () => void {
  const access = options.access ?? createStoreAccess();
  const refresh = options.refresh ?? refreshFindings;
  const debounceMs = options.debounceMs ?? FINDINGS_DEBOUNCE_MS;
  const onError = options.onError ?? logError;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  let changedWhileRunning = false;
  let stopped = false;

  function schedule(): void {
    if (stopped) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => void run(), debounceMs);
  }

  async function run(): Promise<void> {
    timer = undefined;
    if (running) {
      changedWhileRunning = true;
      return;
    }
    running = true;
    try {
      await refresh(access);
    } catch (error) {
      onError(error);
    } finally {
      running = false;
      if (changedWhileRunning) {
        changedWhileRunning = false;
        schedule();
      }
    }
  }

  const unsubscribe = (options.subscribe ?? subscribeToContext)(DIAGNOSED_STORES, schedule);
  schedule();
  return () => {
    stopped = true;
    unsubscribe();
    if (timer !== undefined) clearTimeout(timer);
  };
}
