import { afterEach, describe, expect, it, vi } from 'vitest';
import { badgeText, countNeedingAttention, startBadgeUpdater, type BadgeDeps } from '../../lib/background/badge';
import type { LinkStatus } from '../../lib/status/mailbox-status';

const rowsOf = (...statuses: LinkStatus[]) => statuses.map((status) => ({ status }));

describe('badge count', () => {
  it('counts broken and half-unlinked mailboxes only (the rule in lib/status)', () => {
    expect(countNeedingAttention(rowsOf('linked', 'broken', 'half-unlinked', 'not-linked', 'unknown', 'broken'))).toBe(3);
    expect(countNeedingAttention(rowsOf('linked', 'not-linked', 'unknown'))).toBe(0);
  });

  it('shows nothing for 0 and caps long numbers', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(7)).toBe('7');
    expect(badgeText(1234)).toBe('99+');
  });
});

describe('badge updater', () => {
  afterEach(() => vi.useRealTimers());

  function setup(initial: LinkStatus[]) {
    let rows = rowsOf(...initial);
    let listener: (() => void) | undefined;
    const setBadge = vi.fn(async (_badge: { text: string; title: string }) => undefined);
    const summarize = vi.fn(async () => rows);
    const deps: BadgeDeps = {
      summarize,
      subscribe: (stores, l) => {
        expect(stores).toContain('observations');
        listener = l;
        return () => (listener = undefined);
      },
      locale: async () => 'de',
      setBadge,
      debounceMs: 100,
    };
    return { deps, setBadge, summarize, change: (next: LinkStatus[]) => { rows = rowsOf(...next); listener?.(); } };
  }

  it('sets the badge at start, then once per burst of store changes', async () => {
    vi.useFakeTimers();
    const { deps, setBadge, summarize, change } = setup(['broken', 'linked']);
    const stop = startBadgeUpdater(deps);
    await vi.waitFor(() => expect(setBadge).toHaveBeenLastCalledWith({ text: '1', title: 'Inboxlink: 1 Postfach braucht Aufmerksamkeit' }));

    change(['broken', 'half-unlinked']);
    change(['broken', 'half-unlinked', 'broken']);
    change(['linked', 'not-linked']);
    await vi.advanceTimersByTimeAsync(99);
    expect(summarize).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    await vi.waitFor(() => expect(setBadge).toHaveBeenCalledTimes(2));
    expect(summarize).toHaveBeenCalledTimes(2);
    expect(setBadge).toHaveBeenLastCalledWith({ text: '', title: 'Inboxlink' });

    stop();
    change(['broken']);
    await vi.advanceTimersByTimeAsync(500);
    expect(summarize).toHaveBeenCalledTimes(2);
  });
});
