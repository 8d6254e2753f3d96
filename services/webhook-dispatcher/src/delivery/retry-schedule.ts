/**
 * When attempts are made, as delays from the previous failure (Svix's schedule): the first at once,
 * then 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h later. Eight attempts over about 28 hours.
 */
export const DEFAULT_RETRY_SCHEDULE_MS = [0, 5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, 36_000_000];

/** ±20 %: spreads the retries of a burst of failures so they do not all hit a recovering receiver at once. */
export const DEFAULT_JITTER = 0.2;

/**
 * How long to wait before the attempt after `roundAttempt` (1 = the first attempt just failed),
 * with jitter; null when the schedule is used up and the delivery is dead. `random` is in [0, 1).
 */
export function retryDelayMs(roundAttempt: number, schedule: readonly number[], jitter: number, random: number): number | null {
  if (roundAttempt < 1 || roundAttempt >= schedule.length) return null;
  const base = schedule[roundAttempt];
  return Math.max(0, Math.round(base * (1 + (random * 2 - 1) * jitter)));
}

/**
 * A Retry-After header (delay-seconds or an HTTP-date) in ms from `now`; null when absent or
 * unreadable. Never negative.
 */
export function parseRetryAfter(header: string | undefined, now: Date): number | null {
  if (header === undefined) return null;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  if (!/[a-z]/i.test(value)) return null;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now.getTime());
}
