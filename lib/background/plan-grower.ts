/**
 * Plans composed while a mailbox's provider was unknown grow the provider's step as soon as the
 * store names it: a HubSpot page (Connected emails, an inbox's Channels) stores the provider on
 * the mailbox, an admin sign-in adds a credential and its sync a grant, a consent page an
 * observation. Any change to those stores re-checks the plans that lack a provider step
 * (lib/plans/grow.ts), debounced, never two runs at once; plan writes do not trigger it.
 */
import type { StoreName } from '../store/db-types';
import { subscribe as subscribeToContext, type ChangeHub } from '../store/changes';
import { startDebouncedWatcher } from '../store/debounced-watcher';
import type { PlanRunner } from '../plans';
import { backgroundPlanRunner } from './handlers/plans/runner';

/** What can name a mailbox's provider, or give a plan its admin. */
export const PROVIDER_NAMING_STORES: readonly StoreName[] = ['mailboxes', 'grants', 'observations', 'credentials'];
export const GROW_DEBOUNCE_MS = 300;

export interface PlanGrowerOptions {
  runner?: () => PlanRunner;
  subscribe?: ChangeHub['subscribe'];
  debounceMs?: number;
}

const logError = (error: unknown): void => console.warn('[inboxlink] plan grow:', error instanceof Error ? error.message : error);

/** Starts listening (and checks once now); returns the function that stops it. */
export function startPlanGrower(options: PlanGrowerOptions = {}): () => void {
  const runner = options.runner ?? backgroundPlanRunner;
  return startDebouncedWatcher({
    stores: PROVIDER_NAMING_STORES,
    subscribe: options.subscribe ?? subscribeToContext,
    debounceMs: options.debounceMs ?? GROW_DEBOUNCE_MS,
    run: () => runner().growPlans(),
    onError: logError,
  });
}
