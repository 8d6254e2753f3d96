import type { WindowCounts } from '@sitrep/db';
import { parsed, refused, type Parsed } from '../../http/parsed';

/** The baseline the current window is compared with: the 30 days just before it. */
export const BASELINE_DAYS = 30;
const MAX_WINDOW_DAYS = 365;
const DAY_MS = 86_400_000;

/** `7d` → 7: a window length in whole days, 1 to 365. */
export function parseWindow(text: string): Parsed<number> {
  const match = /^(\d{1,3})d$/.exec(text);
  const days = match === null ? NaN : Number(match[1]);
  if (!(days >= 1 && days <= MAX_WINDOW_DAYS)) return refused(`must be a number of days from 1d to ${MAX_WINDOW_DAYS}d, e.g. 7d`);
  return parsed(days);
}

export interface WindowComparison {
  window: string;
  start: string;
  end: string;
  incidents: number;
  fatalities: number;
  baseline: { start: string; end: string; days: number; incidents: number; fatalities: number; dailyAverage: number };
  /** The baseline's daily average times the window's length: what a usual window holds. */
  expected: number;
  /** incidents / expected; null when the baseline is empty (any activity is then new). */
  ratio: number | null;
}

/**
 * The current window against the baseline before it: is this actor busier than usual? A ratio of 2
 * means twice the incidents of an average window of the same length in the preceding 30 days.
 */
export function compareWithBaseline(counts: WindowCounts, windowDays: number, baselineDays = BASELINE_DAYS): WindowComparison {
  const dailyAverage = counts.baseline.incidents / baselineDays;
  const expected = dailyAverage * windowDays;
  return {
    window: `${windowDays}d`,
    start: addDays(counts.end, -(windowDays - 1)),
    end: counts.end,
    incidents: counts.current.incidents,
    fatalities: counts.current.fatalities,
    baseline: {
      start: addDays(counts.end, -(windowDays + baselineDays - 1)),
      end: addDays(counts.end, -windowDays),
      days: baselineDays,
      incidents: counts.baseline.incidents,
      fatalities: counts.baseline.fatalities,
      dailyAverage: round(dailyAverage),
    },
    expected: round(expected),
    ratio: expected === 0 ? null : round(counts.current.incidents / expected),
  };
}

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

const round = (value: number) => Math.round(value * 1_000) / 1_000;
