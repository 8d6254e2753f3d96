export const GRANULARITIES = ['day', 'week', 'month'] as const;
/** Weeks start on Monday (ISO); a period is named by its first day. */
export type Granularity = (typeof GRANULARITIES)[number];

/** Narrows activity to days (inclusive, YYYY-MM-DD), canonical governorates and an event type. */
export interface ActivityScopeFilter {
  from?: string;
  to?: string;
  admin1?: string[];
  eventType?: string;
}

export interface ActivityRequest {
  actorKey: string;
  granularity: Granularity;
  scope: ActivityScopeFilter;
  /** Length of the current window in days, compared with the `baselineDays` before it. */
  windowDays: number;
  baselineDays: number;
}

export interface ActivityBucket {
  period: string;
  admin1: string;
  eventType: string;
  incidents: number;
  fatalities: number;
}

/** How often the actor appeared in one incident with another (interaction tables have no event type). */
export interface InteractionCount {
  actorKey: string;
  incidents: number;
  firstDay: string;
  lastDay: string;
}

export interface Admin1Presence {
  admin1: string;
  incidents: number;
  firstDay: string;
  lastDay: string;
}

/** Sums over the current window (ending `end`) and over the baseline days just before it. */
export interface WindowCounts {
  end: string;
  current: { incidents: number; fatalities: number };
  baseline: { incidents: number; fatalities: number };
}

export interface ActorActivity {
  buckets: ActivityBucket[];
  interactions: InteractionCount[];
  presence: Admin1Presence[];
  /** Null when the actor has no activity in scope (and no `to` was given). */
  window: WindowCounts | null;
}

export interface ActorTotals {
  actorKey: string;
  incidents: number;
  fatalities: number;
  firstDay: string | null;
  lastDay: string | null;
}
