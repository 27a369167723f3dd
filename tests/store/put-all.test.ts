import { describe, expect, it } from 'vitest';
import { putAll } from '../../lib/store/put-all';

/** A target whose puts resolve only when the test says so, to see when each was issued. */
function deferredTarget() {
  const issued: number[] = [];
  const resolvers: (() => void)[] = [];
  return {
    issued,
    resolveAll: () => resolvers.forEach((resolve) => resolve()),
    put(value: number) {
      issued.push(value);
      return new Promise<void>((resolve) => resolvers.push(resolve));
    },
  };
}

describe('putAll', () => {
  it('issues every put before any of them has finished', async () => {
    const target = deferredTarget();
    const done = putAll(target, [1, 2, 3]);
    expect(target.issued).toEqual([1, 2, 3]);
    target.resolveAll();
    await expect(done).resolves.toBeUndefined();
  });

  it('rejects with the error of a value that cannot be put, and leaves no unhandled echo', async () => {
    const failing = {
      calls: 0,
      put(value: number) {
        this.calls += 1;
        if (value === 2) throw new DOMException('cannot clone', 'DataCloneError');
        return Promise.reject(new Error('aborted by the failed put'));
      },
    };
    await expect(putAll(failing, [1, 2, 3])).rejects.toThrow('cannot clone');
    expect(failing.calls).toBe(2);
  });
});
