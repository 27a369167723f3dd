import { browser } from 'wxt/browser';
import { createTranslator, type Locale } from '../i18n';
import type { StoreName } from '../store';
import { subscribe as subscribeToStore } from '../store/changes';
import { needsAttention, type LinkStatus } from '../status/mailbox-status';
import { summarizeMailboxes } from '../store/reads/mailbox-facts';
import { currentLocale } from './locale';

/** Stores whose changes can change a mailbox's status (as in components/shared/use-mailboxes.ts). */
const WATCHED: StoreName[] = ['mailboxes', 'observations', 'channelAccounts', 'grants', 'meta'];
/** A sync writes page after page: one recount after the burst is enough. */
const DEBOUNCE_MS = 500;
const ATTENTION_COLOUR = '#b3261e';

/** How many mailboxes need someone's attention: the same rule as the chip, popup and side panel. */
export function countNeedingAttention(rows: readonly { status: LinkStatus }[]): number {
  return rows.filter((row) => needsAttention(row.status)).length;
}

/** What the badge shows for a count: nothing for 0, so a healthy setup stays quiet. */
export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 99 ? '99+' : String(count);
}

export interface BadgeDeps {
  summarize: () => Promise<readonly { status: LinkStatus }[]>;
  subscribe: (stores: readonly StoreName[], listener: () => void) => () => void;
  locale: () => Promise<Locale>;
  setBadge: (badge: { text: string; title: string }) => Promise<void>;
  debounceMs?: number;
}

async function setActionBadge({ text, title }: { text: string; title: string }): Promise<void> {
  await browser.action.setBadgeText({ text });
  if (text) await browser.action.setBadgeBackgroundColor({ color: ATTENTION_COLOUR });
  // The badge is not read out by screen readers; the button's title is.
  await browser.action.setTitle({ title });
}

const defaultDeps: BadgeDeps = {
  summarize: summarizeMailboxes,
  subscribe: subscribeToStore,
  locale: currentLocale,
  setBadge: setActionBadge,
};

/**
 * Keeps the toolbar badge at the number of mailboxes needing attention: once at worker start,
 * then after each burst of store changes. Returns a stop function (tests).
 */
export function startBadgeUpdater(deps: BadgeDeps = defaultDeps): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const update = async () => {
    const count = countNeedingAttention(await deps.summarize());
    const t = createTranslator(await deps.locale());
    const title = count === 0 ? t('app.name') : t('ui.badge.title', { count });
    await deps.setBadge({ text: badgeText(count), title });
  };
  const run = () => {
    timer = undefined;
    update().catch((error: unknown) => console.warn('[inboxlink] badge:', error instanceof Error ? error.message : error));
  };
  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(run, deps.debounceMs ?? DEBOUNCE_MS);
  };
  const unsubscribe = deps.subscribe(WATCHED, schedule);
  run();
  return () => {
    unsubscribe();
    if (timer !== undefined) clearTimeout(timer);
  };
}
