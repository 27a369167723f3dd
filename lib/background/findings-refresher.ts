/**
 * Keeps the findings store fresh in the background: whenever a store the rules read changes (a
 * sync page, an observation, a grant check), it re-runs the rules, debounced so a sync writing page
 * after page causes one run, never two at once; its first run catches up with whatever changed
 * while no worker was listening (../store/debounced-watcher.ts).
 */
import { refreshFindings } from './refresh-findings';
import { DIAGNOSED_STORES } from '../diagnose/snapshot';
import { createStoreAccess, type StoreAccess } from '../store/access';
import { subscribe as subscribeToContext, type ChangeHub } from '../store/changes';
import { startDebouncedWatcher } from '../store/debounced-watcher';

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
  return startDebouncedWatcher({
    stores: DIAGNOSED_STORES,
    subscribe: options.subscribe ?? subscribeToContext,
    debounceMs: options.debounceMs ?? FINDINGS_DEBOUNCE_MS,
    run: () => refresh(access),
    onError: options.onError ?? logError,
  });
}
