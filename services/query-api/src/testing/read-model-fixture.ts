import { actorActivityDeltas, activityScopeOf, admin1Of, interactionDeltas, type Incident } from '@sitrep/domain-incidents';
import type { ScratchDatabase } from '@sitrep/db';

const COLUMNS = [
  'incident_id', 'version', 'status', 'merged_into', 'merge_key', 'first_reported_at', 'last_updated_at', 'occurred_start',
  'occurred_end', 'occurred_precision', 'country_iso3', 'admin1', 'admin2', 'place_name', 'lat', 'lon', 'event_type',
  'sub_event_type', 'category', 'actor_keys', 'fatalities_best', 'best_reliability', 'best_credibility', 'tags',
  'report_count', 'source_count', 'search_text', 'snapshot',
];

/** The columns the projector derives from an incident, in COLUMNS order. */
function columnValues(incident: Incident): unknown[] {
  const { view } = incident;
  const grade = view.bestSourceGrade;
  return [
    incident.incidentId, incident.version, incident.status, incident.mergedInto ?? null, incident.mergeKey,
    incident.firstReportedAt, incident.lastUpdatedAt, view.occurred.start, view.occurred.end, view.occurred.precision,
    view.location.country.iso3, admin1Of(view.location) || null, view.location.admin2 ?? null, view.location.placeName ?? null,
    view.location.point?.lat ?? null, view.location.point?.lon ?? null, view.eventType ?? null, view.subEventType ?? null,
    view.category, view.actors.map((a) => a.key), view.fatalities.best ?? null, grade?.[0] ?? null,
    grade === undefined ? null : Number(grade.slice(1)), view.tags, view.reportCount, view.sourceCount, view.text,
    JSON.stringify(incident),
  ];
}

const placeholders = (from: number, count: number) => Array.from({ length: count }, (_, i) => `$${from + i}`).join(', ');

/**
 * Writes fixture incidents straight into the live read-model schema (rm_1 after the migrations),
 * as the stream processor would: the current row, every version, and the activity tables.
 */
export class ReadModelFixture {
  constructor(
    private readonly db: ScratchDatabase,
    private readonly schema = 'rm_1',
  ) {}

  /** The current row of an incident (replacing an earlier one). */
  async current(incident: Incident): Promise<void> {
    const updates = COLUMNS.slice(1).map((c) => `${c} = EXCLUDED.${c}`).join(', ');
    await this.db.dataSource.query(
      `INSERT INTO ${this.schema}.incident (${COLUMNS.join(', ')}) VALUES (${placeholders(1, COLUMNS.length)})
       ON CONFLICT (incident_id) DO UPDATE SET ${updates}`,
      columnValues(incident),
    );
  }

  /** Every version of one incident, oldest first: each valid until the next one's lastUpdatedAt. */
  async versions(history: Incident[]): Promise<void> {
    for (const [index, version] of history.entries()) {
      const validTo = history[index + 1]?.lastUpdatedAt ?? null;
      await this.db.dataSource.query(
        `INSERT INTO ${this.schema}.incident_version (${COLUMNS.join(', ')}, valid_from, valid_to)
         VALUES (${placeholders(1, COLUMNS.length + 2)})`,
        [...columnValues(version), version.lastUpdatedAt, validTo],
      );
    }
  }

  /** An incident with its whole history: versions, current row and its activity counts. */
  async history(history: Incident[]): Promise<void> {
    await this.versions(history);
    const latest = history[history.length - 1];
    await this.current(latest);
    if (activityScopeOf(latest) !== null) await this.countActivity(latest);
  }

  async countActivity(incident: Incident): Promise<void> {
    for (const d of actorActivityDeltas(null, incident)) {
      await this.activity(d.actorId, d.day, d.admin1, d.eventType, d.incidents, d.fatalities);
    }
    for (const d of interactionDeltas(null, incident)) {
      await this.db.dataSource.query(
        `INSERT INTO ${this.schema}.actor_interaction_daily (actor_a, actor_b, day, admin1, incidents) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (actor_a, actor_b, day, admin1) DO UPDATE SET incidents = actor_interaction_daily.incidents + EXCLUDED.incidents`,
        [d.actorA, d.actorB, d.day, d.admin1, d.count],
      );
    }
  }

  /** One actor × day × governorate × event type count, added to what is there. */
  async activity(actorKey: string, day: string, admin1: string, eventType: string, incidents: number, fatalities: number): Promise<void> {
    await this.db.dataSource.query(
      `INSERT INTO ${this.schema}.actor_activity_daily (actor_key, day, admin1, event_type, incidents, fatalities) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (actor_key, day, admin1, event_type) DO UPDATE
       SET incidents = actor_activity_daily.incidents + EXCLUDED.incidents, fatalities = actor_activity_daily.fatalities + EXCLUDED.fatalities`,
      [actorKey, day, admin1, eventType, incidents, fatalities],
    );
  }
}
