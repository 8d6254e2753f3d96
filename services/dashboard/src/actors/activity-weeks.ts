import { EVENT_TYPES, eventTypeOf } from '../shared/event-types';

const DAY_MS = 86_400_000;

/** The Monday of the ISO week holding `day` (YYYY-MM-DD), as the activity API names its weeks. */
export function mondayOf(day: string): string {
  const time = Date.parse(`${day.slice(0, 10)}T00:00:00Z`);
  const weekday = (new Date(time).getUTCDay() + 6) % 7;
  return new Date(time - weekday * DAY_MS).toISOString().slice(0, 10);
}

/** Every week from the one holding `first` to the one holding `last`, so quiet weeks show as gaps, not as nothing. */
export function weeksBetween(first: string, last: string): string[] {
  const weeks: string[] = [];
  const end = Date.parse(`${mondayOf(last)}T00:00:00Z`);
  for (let time = Date.parse(`${mondayOf(first)}T00:00:00Z`); time <= end && weeks.length < 600; time += 7 * DAY_MS) {
    weeks.push(new Date(time).toISOString().slice(0, 10));
  }
  return weeks;
}

export interface Bucket {
  period: string;
  eventType: string;
  incidents: number;
}

export interface StackSegment {
  eventType: string;
  incidents: number;
  /** Incidents stacked below this segment. */
  base: number;
}

export interface WeekStack {
  week: string;
  total: number;
  segments: StackSegment[];
}

/**
 * One stacked bar per week: the activity API answers per week × governorate × event type, so the
 * governorates are summed and the types stacked in one fixed order (the legend's), every bar alike.
 */
export function stackByWeek(buckets: readonly Bucket[], weeks: readonly string[]): WeekStack[] {
  const counts = new Map<string, Map<string, number>>();
  for (const bucket of buckets) {
    const week = mondayOf(bucket.period);
    const type = eventTypeOf({ eventType: bucket.eventType });
    const byType = counts.get(week) ?? new Map<string, number>();
    byType.set(type, (byType.get(type) ?? 0) + bucket.incidents);
    counts.set(week, byType);
  }
  return weeks.map((week) => {
    const byType = counts.get(week) ?? new Map<string, number>();
    let base = 0;
    const segments: StackSegment[] = [];
    for (const eventType of EVENT_TYPES) {
      const incidents = byType.get(eventType) ?? 0;
      if (incidents === 0) continue;
      segments.push({ eventType, incidents, base });
      base += incidents;
    }
    return { week, total: base, segments };
  });
}

/** Incidents per week for one actor, on the shared weeks: a heatmap row. */
export function weeklyTotals(buckets: readonly Bucket[], weeks: readonly string[]): number[] {
  return stackByWeek(buckets, weeks).map((stack) => stack.total);
}

/** The weeks a chart spans: the range asked for, else from the first to the last week with activity. */
export function chartWeeks(periods: readonly string[], from: string, to: string): string[] {
  const sorted = [...periods].sort();
  const first = from || sorted[0];
  const last = to || sorted.at(-1);
  return first === undefined || last === undefined ? [] : weeksBetween(first, last);
}
