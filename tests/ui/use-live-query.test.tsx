// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useLiveQuery } from '../../components/shared/use-live-query';
import { notifyChanged, subscribe } from '../../lib/store/changes';

let loads = 0;
function Counter({ minIntervalMs }: { minIntervalMs: number }) {
  const { value } = useLiveQuery(['mailboxes'], async () => ++loads, { minIntervalMs });
  return <p data-testid="value">{value ?? 'none'}</p>;
}

const shown = () => document.querySelector('[data-testid="value"]')?.textContent;

/**
 * Fake timers and performance.now from before the first render: a burst lasts exactly as long as
 * the test moves the clock, so how many loads it causes does not depend on how loaded the machine is.
 */
const fakeClock = () => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'] });

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  loads = 0;
});

describe('useLiveQuery', () => {
  it('loads at once, re-loads a few times during a burst of changes, and once more after its last change', async () => {
    fakeClock();
    render(<Counter minIntervalMs={120} />);
    await vi.waitFor(() => expect(shown()).toBe('1'));
    // 40 changes 10 ms apart (each coalesced by the change hub after 16 ms): a sync writing pages.
    for (let change = 0; change < 40; change++) {
      notifyChanged(['mailboxes']);
      await vi.advanceTimersByTimeAsync(10);
    }
    const duringBurst = loads;
    // Not once per change: at most one load per 120 ms of the 400 ms burst, plus the first.
    expect(duringBurst).toBeGreaterThan(1);
    expect(duringBurst).toBeLessThanOrEqual(1 + Math.ceil(400 / 120));
    // The burst's last change is always followed by a load, and the view shows it.
    await vi.waitFor(() => expect(loads).toBe(duringBurst + 1));
    await vi.waitFor(() => expect(shown()).toBe(String(loads)));
  });

  it('ignores changes to stores it does not watch', async () => {
    fakeClock();
    render(<Counter minIntervalMs={10} />);
    await vi.waitFor(() => expect(shown()).toBe('1'));
    // The change reached this context's subscribers (the view's among them, if it listened) ...
    const owners = vi.fn();
    const stop = subscribe(['owners'], owners);
    notifyChanged(['owners']);
    await vi.waitFor(() => expect(owners).toHaveBeenCalled());
    stop();
    // ... and many of the view's intervals later, it has not loaded again.
    await vi.advanceTimersByTimeAsync(1_000);
    expect(loads).toBe(1);
    notifyChanged(['mailboxes']);
    await vi.waitFor(() => expect(shown()).toBe('2'));
    expect(loads).toBe(2);
  });
});
