import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deferStartupWork } from '../../lib/background/startup-work';

describe('work owed at worker start', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits for the first answer, then starts in a later task, once', async () => {
    const work = vi.fn();
    const gate = deferStartupWork(work, 250);
    await vi.advanceTimersByTimeAsync(100);
    expect(work).not.toHaveBeenCalled();
    gate.answered();
    // Not in the same task as the answer: the reply goes out first.
    expect(work).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(0);
    expect(work).toHaveBeenCalledTimes(1);
    gate.answered();
    await vi.advanceTimersByTimeAsync(1000);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('starts by itself when no message is answered in time (woken by an alarm, a tab, install)', async () => {
    const work = vi.fn();
    const gate = deferStartupWork(work, 250);
    await vi.advanceTimersByTimeAsync(249);
    expect(work).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(work).toHaveBeenCalledTimes(1);
    gate.answered();
    await vi.advanceTimersByTimeAsync(0);
    expect(work).toHaveBeenCalledTimes(1);
  });
});
