import type { DataSource } from 'typeorm';
import { LiveSchema } from '../live-schema';
import { containsPattern, SqlParams } from '../sql-params';
import type { ActivityRequest, ActivityScopeFilter, ActorActivity, ActorTotals, WindowCounts } from './actor-activity.types';

/** Day-sums cast back to int: pg returns bigint sums as strings. */
const SUMS = `coalesce(sum(incidents), 0)::int AS incidents, coalesce(sum(fatalities), 0)::int AS fatalities`;

/**
 * Actor activity from the per-day tables the projector keeps (incidents and fatalities per actor ×
 * day × governorate × event type; pairs per day × governorate). Days are dates, returned as text.
 */
export class ActorActivityStore {
  private readonly live: LiveSchema;

  constructor(private readonly db: DataSource) {
    this.live = new LiveSchema(db);
  }

  /** Totals per actor key; keys without activity are absent. */
  async totals(actorKeys: string[]): Promise<Map<string, ActorTotals>> {
    const rows: ActorTotals[] = await this.live.run((s) =>
      this.db.query(
        `SELECT actor_key AS "actorKey", ${SUMS}, min(day)::text AS "firstDay", max(day)::text AS "lastDay"
         FROM ${s}.actor_activity_daily WHERE actor_key = ANY($1::text[]) AND incidents > 0 GROUP BY actor_key`,
        [actorKeys],
      ),
    );
    return new Map(rows.map((row) => [row.actorKey, row]));
  }

  /** Unresolved actors (`name:` keys) whose folded name contains `foldedText`, busiest first. */
  unresolvedMatching(foldedText: string, limit: number): Promise<ActorTotals[]> {
    return this.live.run((s) =>
      this.db.query(
        `SELECT actor_key AS "actorKey", ${SUMS}, min(day)::text AS "firstDay", max(day)::text AS "lastDay"
         FROM ${s}.actor_activity_daily WHERE actor_key LIKE 'name:%' AND substr(actor_key, 6) LIKE $1 AND incidents > 0
         GROUP BY actor_key ORDER BY sum(incidents) DESC, actor_key LIMIT $2`,
        [containsPattern(foldedText), limit],
      ),
    );
  }

  activity(request: ActivityRequest): Promise<ActorActivity> {
    return this.live.run(async (s) => {
      const [buckets, interactions, presence, window] = await Promise.all([
        this.buckets(s, request),
        this.interactions(s, request),
        this.presence(s, request),
        this.window(s, request),
      ]);
      return { buckets, interactions, presence, window };
    });
  }

  private buckets(s: string, { actorKey, granularity, scope }: ActivityRequest): Promise<ActorActivity['buckets']> {
    const p = new SqlParams();
    const where = scopeConditions(actorKey, scope, p, true);
    return this.db.query(
      `SELECT date_trunc(${p.add(granularity)}, day::timestamp)::date::text AS period, admin1, event_type AS "eventType", ${SUMS}
       FROM ${s}.actor_activity_daily WHERE ${where}
       GROUP BY 1, 2, 3 HAVING sum(incidents) <> 0 OR sum(fatalities) <> 0 ORDER BY 1, 2, 3`,
      p.values,
    );
  }

  private interactions(s: string, { actorKey, scope }: ActivityRequest): Promise<ActorActivity['interactions']> {
    const p = new SqlParams();
    const key = p.add(actorKey);
    const where = scopeConditions(null, { ...scope, eventType: undefined }, p, true);
    return this.db.query(
      `SELECT CASE WHEN actor_a = ${key} THEN actor_b ELSE actor_a END AS "actorKey",
              sum(incidents)::int AS incidents, min(day)::text AS "firstDay", max(day)::text AS "lastDay"
       FROM ${s}.actor_interaction_daily WHERE (actor_a = ${key} OR actor_b = ${key}) AND ${where} AND incidents > 0
       GROUP BY 1 ORDER BY 2 DESC, 1`,
      p.values,
    );
  }

  private presence(s: string, { actorKey, scope }: ActivityRequest): Promise<ActorActivity['presence']> {
    const p = new SqlParams();
    const where = scopeConditions(actorKey, scope, p, true);
    return this.db.query(
      `SELECT admin1, sum(incidents)::int AS incidents, min(day)::text AS "firstDay", max(day)::text AS "lastDay"
       FROM ${s}.actor_activity_daily WHERE ${where} AND incidents > 0 GROUP BY admin1 ORDER BY max(day) DESC, admin1`,
      p.values,
    );
  }

  /** The window ends on `to` when given, else on the latest day with activity in scope. */
  private async window(s: string, { actorKey, scope, windowDays, baselineDays }: ActivityRequest): Promise<WindowCounts | null> {
    const p = new SqlParams();
    const where = scopeConditions(actorKey, { ...scope, from: undefined, to: undefined }, p, false);
    const end = scope.to === undefined ? `(SELECT max(day) FROM ${s}.actor_activity_daily WHERE ${where} AND incidents > 0)` : `${p.add(scope.to)}::date`;
    const w = p.add(windowDays);
    const b = p.add(baselineDays);
    const rows: { end: string | null; ci: number; cf: number; bi: number; bf: number }[] = await this.db.query(
      `WITH bounds AS (SELECT ${end} AS end_day)
       SELECT bounds.end_day::text AS end,
         coalesce(sum(incidents) FILTER (WHERE day > end_day - ${w}::int), 0)::int AS ci,
         coalesce(sum(fatalities) FILTER (WHERE day > end_day - ${w}::int), 0)::int AS cf,
         coalesce(sum(incidents) FILTER (WHERE day <= end_day - ${w}::int), 0)::int AS bi,
         coalesce(sum(fatalities) FILTER (WHERE day <= end_day - ${w}::int), 0)::int AS bf
       FROM bounds LEFT JOIN ${s}.actor_activity_daily
         ON ${where} AND day <= end_day AND day > end_day - ${w}::int - ${b}::int
       GROUP BY bounds.end_day`,
      p.values,
    );
    const row = rows[0];
    if (row === undefined || row.end === null) return null;
    return { end: row.end, current: { incidents: row.ci, fatalities: row.cf }, baseline: { incidents: row.bi, fatalities: row.bf } };
  }
}

/** Conditions on the actor (when given), days, governorates and event type. */
function scopeConditions(actorKey: string | null, scope: ActivityScopeFilter, p: SqlParams, withDays: boolean): string {
  const conditions: string[] = [];
  if (actorKey !== null) conditions.push(`actor_key = ${p.add(actorKey)}`);
  if (withDays && scope.from !== undefined) conditions.push(`day >= ${p.add(scope.from)}::date`);
  if (withDays && scope.to !== undefined) conditions.push(`day <= ${p.add(scope.to)}::date`);
  if (scope.admin1 !== undefined) conditions.push(`admin1 = ANY(${p.add(scope.admin1)}::text[])`);
  if (scope.eventType !== undefined) conditions.push(`lower(event_type) = lower(${p.add(scope.eventType)})`);
  return conditions.length > 0 ? conditions.join(' AND ') : 'true';
}
