import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { keepSessionAlive } from './keep-session-alive';

/** Work that ends when the test says so. */
function pendingWork<T>() {
  let finish!: (value: T) => void;
  let fail!: (error: Error) => void;
  const promise = new Promise<T>((resolve, reject) => ((finish = resolve), (fail = reject)));
  return { run: () => promise, finish, fail };
}

describe('keepSessionAlive', () => {
  beforeEach(() => void jest.useFakeTimers());
  afterEach(() => void jest.useRealTimers());

  it('heartbeats every interval while the work runs, and not after it ended', async () => {
    const work = pendingWork<string>();
    let beats = 0;
    const done = keepSessionAlive(work.run, async () => void (beats += 1), { intervalMs: 500, limitMs: 60_000, onStuck: () => undefined });
    await jest.advanceTimersByTimeAsync(10_000);
    expect(beats).toBe(20);
    work.finish('applied');
    await expect(done).resolves.toBe('applied');
    await jest.advanceTimersByTimeAsync(10_000);
    expect(beats).toBe(20);
  });

  it('stops heartbeating once the work counts as stuck, and says so once', async () => {
    const work = pendingWork<void>();
    let beats = 0;
    const stuck: number[] = [];
    const done = keepSessionAlive(work.run, async () => void (beats += 1), { intervalMs: 1_000, limitMs: 5_000, onStuck: (ms) => stuck.push(ms) });
    await jest.advanceTimersByTimeAsync(30_000);
    expect(beats).toBe(4);
    expect(stuck).toEqual([5_000]);
    work.finish();
    await done;
  });

  it('passes the work’s failure on, and a failed heartbeat does not fail the work', async () => {
    const work = pendingWork<void>();
    const done = keepSessionAlive(work.run, () => Promise.reject(new Error('REBALANCE_IN_PROGRESS')), { intervalMs: 100, limitMs: 60_000, onStuck: () => undefined });
    const outcome = expect(done).rejects.toThrow('handler failed');
    await jest.advanceTimersByTimeAsync(1_000);
    work.fail(new Error('handler failed'));
    await outcome;
    expect(jest.getTimerCount()).toBe(0);
  });
});
