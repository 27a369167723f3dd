// @vitest-environment happy-dom
import { cleanup, render, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { useLiveQuery } from '../../components/shared/use-live-query';
import { notifyChanged } from '../../lib/store/changes';

let loads = 0;
function Counter({ minIntervalMs }: { minIntervalMs: number }) {
  const { value } = useLiveQuery(['mailboxes'], async () => ++loads, { minIntervalMs });
  return <p data-testid="value">{value ?? 'none'}</p>;
}

const shown = () => document.querySelector('[data-testid="value"]')?.textContent;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

afterEach(() => {
  cleanup();
  loads = 0;
});

describe('useLiveQuery', () => {
  it('loads at once, re-loads a few times during a burst of changes, and once more after its last change', async () => {
    render(<Counter minIntervalMs={120} />);
    await waitFor(() => expect(shown()).toBe('1'));
    // 40 changes 10 ms apart (each coalesced by the change hub after 16 ms): a sync writing pages.
    for (let change = 0; change < 40; change++) {
      notifyChanged(['mailboxes']);
      await pause(10);
    }
    const duringBurst = loads;
    // Not once per change: at most one load per 120 ms of a ~400 ms burst, plus the first.
    expect(duringBurst).toBeGreaterThan(1);
    expect(duringBurst).toBeLessThanOrEqual(6);
    // The burst's last change is always followed by a load, and the view shows it.
    await waitFor(() => expect(loads).toBe(duringBurst + 1));
    await waitFor(() => expect(shown()).toBe(String(loads)));
  });

  it('ignores changes to stores it does not watch', async () => {
    render(<Counter minIntervalMs={10} />);
    await waitFor(() => expect(shown()).toBe('1'));
    notifyChanged(['owners']);
    notifyChanged(['mailboxes']);
    await waitFor(() => expect(shown()).toBe('2'));
    expect(loads).toBe(2);
  });
});
