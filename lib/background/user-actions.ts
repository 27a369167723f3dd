import { browser } from 'wxt/browser';
import type { SnapshotKind } from '../messaging/observation-snapshot-protocol';

/**
 * What the user pressed on a guided page, per tab: "the user's own action there", which a page's
 * "gone" needs before it counts (observation-snapshot.ts). The guide content script reports a
 * trusted click on a list row's or a HubSpot entry's button (`observation/acted`); the host and
 * tab come from the browser-stamped sender. Kept in storage.session (extension contexts only, gone
 * with the browser session), one key per tab, the last few actions of the last hour.
 */
export interface UserAction {
  kind: SnapshotKind;
  address: string;
  host: string;
  /** ISO time the background received it. */
  at: string;
}

const PREFIX = 'inboxlink.acted:';
const keyOf = (tabId: number) => `${PREFIX}${tabId}`;
const KEEP = 20;
export const ACTION_WINDOW_MS = 60 * 60 * 1000;

function isAction(value: unknown): value is UserAction {
  const v = value as Partial<UserAction> | null;
  return typeof v === 'object' && v !== null && typeof v.kind === 'string' && typeof v.address === 'string' && typeof v.host === 'string' && typeof v.at === 'string';
}

export async function actionsOfTab(tabId: number): Promise<UserAction[]> {
  const key = keyOf(tabId);
  const stored: unknown = (await browser.storage.session.get(key))[key];
  return Array.isArray(stored) ? stored.filter(isAction) : [];
}

export async function rememberUserAction(tabId: number, action: UserAction): Promise<void> {
  const floor = new Date(Date.parse(action.at) - ACTION_WINDOW_MS).toISOString();
  const kept = (await actionsOfTab(tabId)).filter((a) => a.at >= floor);
  await browser.storage.session.set({ [keyOf(tabId)]: [...kept, action].slice(-KEEP) });
}

/**
 * The user's newest action in the tab on `host` about `address` of `kind`, at or after `since`
 * (the last time the page showed it there) and within the last hour of `now`.
 */
export function actedSince(actions: readonly UserAction[], match: Omit<UserAction, 'at'>, since: string | undefined, now: string): UserAction | undefined {
  const floor = new Date(Date.parse(now) - ACTION_WINDOW_MS).toISOString();
  return actions
    .filter((a) => a.kind === match.kind && a.address === match.address && a.host === match.host && a.at <= now && a.at >= floor && (since === undefined || a.at >= since))
    .at(-1);
}

/** Forgets every tab's actions (HubSpot disconnected; "clear local data" empties storage.session). */
export async function forgetUserActions(): Promise<void> {
  const all = await browser.storage.session.get(null);
  await browser.storage.session.remove(Object.keys(all).filter((key) => key.startsWith(PREFIX)));
}
