import { sleep } from '../infra/sitrep-process';

export interface Progress {
  /** When the value first moved from where it started (ms, performance.now()). */
  firstMoveAt?: number;
  /** When the goal was reached (ms, performance.now()). */
  doneAt: number;
  startValue: number;
  /** Value at firstMoveAt's previous observation, so a rate counts only what moved in the window. */
  valueBeforeMove: number;
  finalValue: number;
}

/**
 * Polls `read` until it reaches `goal`; bounded by `timeoutMs` (throws with the last value), and
 * by `stalledMs` without any change (throws: something stopped, better to say so than wait).
 */
export async function pollUntil(read: () => Promise<number>, goal: number, options: { intervalMs: number; timeoutMs: number; stalledMs?: number; what: string }): Promise<Progress> {
  const start = performance.now();
  const startValue = await read();
  let last = startValue;
  let lastChange = start;
  let firstMoveAt: number | undefined;
  let valueBeforeMove = startValue;
  let polledAt = start;
  let lastChangedAt = start;
  while (last < goal) {
    const now = performance.now();
    if (now - start > options.timeoutMs) throw new Error(`${options.what}: ${last} of ${goal} after ${Math.round((now - start) / 1000)} s (time limit)`);
    if (options.stalledMs !== undefined && now - lastChange > options.stalledMs) throw new Error(`${options.what}: stalled at ${last} of ${goal} for ${Math.round(options.stalledMs / 1000)} s`);
    await sleep(options.intervalMs);
    const value = await read();
    const readAt = performance.now();
    // A change happened somewhere between the previous poll and this one: take the midpoint.
    const changedAt = (polledAt + readAt) / 2;
    polledAt = readAt;
    if (value !== last) {
      if (firstMoveAt === undefined) {
        firstMoveAt = changedAt;
        valueBeforeMove = last;
      }
      lastChange = readAt;
      lastChangedAt = changedAt;
      last = value;
    }
  }
  return { firstMoveAt, doneAt: lastChangedAt, startValue, valueBeforeMove, finalValue: last };
}
