import type { ActivityDelta, InteractionDelta } from '@sitrep/domain-incidents';
import type { EntityManager } from 'typeorm';
import type { CurrentIncidentRow, VersionRow } from './read-model-rows';

/** The columns of `incident` (and `incident_version`) with their types, in DDL order. */
const INCIDENT_COLUMNS: ReadonlyArray<[string, string]> = [
  ['incident_id', 'text'], ['version', 'int'], ['status', 'text'], ['merged_into', 'text'], ['merge_key', 'text'],
  ['first_reported_at', 'timestamptz'], ['last_updated_at', 'timestamptz'], ['occurred_start', 'timestamptz'],
  ['occurred_end', 'timestamptz'], ['occurred_precision', 'text'], ['country_iso3', 'text'], ['admin1', 'text'],
  ['admin2', 'text'], ['place_name', 'text'], ['lat', 'double precision'], ['lon', 'double precision'],
  ['event_type', 'text'], ['sub_event_type', 'text'], ['category', 'text'], ['actor_keys', 'text[]'],
  ['fatalities_best', 'int'], ['best_reliability', 'text'], ['best_credibility', 'smallint'], ['tags', 'text[]'],
  ['report_count', 'int'], ['source_count', 'int'], ['search_text', 'text'], ['snapshot', 'jsonb'],
];
const VERSION_COLUMNS: ReadonlyArray<[string, string]> = [...INCIDENT_COLUMNS, ['valid_from', 'timestamptz'], ['valid_to', 'timestamptz']];
const CURRENT_COLUMNS: ReadonlyArray<[string, string]> = [...INCIDENT_COLUMNS, ['match_actors', 'text[]'], ['match_places', 'text[]']];

const names = (columns: ReadonlyArray<[string, string]>) => columns.map(([name]) => name).join(', ');
const definitions = (columns: ReadonlyArray<[string, string]>) => columns.map(([name, type]) => `${name} ${type}`).join(', ');

/**
 * Multi-row writes of one batch: every statement takes all its rows as one jsonb array
 * (jsonb_to_recordset), so a batch costs a fixed number of round trips whatever its size.
 * `s` is a checked read-model schema name.
 */
export class ReadModelWriter {
  constructor(private readonly m: EntityManager, private readonly s: string) {}

  async upsertIncidents(rows: CurrentIncidentRow[]): Promise<void> {
    if (rows.length === 0) return;
    const updates = CURRENT_COLUMNS.slice(1).map(([name]) => `${name} = EXCLUDED.${name}`).join(', ');
    await this.m.query(
      `INSERT INTO ${this.s}.incident (${names(CURRENT_COLUMNS)})
       SELECT ${names(CURRENT_COLUMNS)} FROM jsonb_to_recordset($1::jsonb) AS r(${definitions(CURRENT_COLUMNS)})
       ON CONFLICT (incident_id) DO UPDATE SET ${updates}`,
      [JSON.stringify(rows)],
    );
  }

  async closeVersions(closed: Array<{ incident_id: string; version: number; valid_to: string }>): Promise<void> {
    if (closed.length === 0) return;
    await this.m.query(
      `UPDATE ${this.s}.incident_version AS v SET valid_to = r.valid_to
       FROM jsonb_to_recordset($1::jsonb) AS r(incident_id text, version int, valid_to timestamptz)
       WHERE v.incident_id = r.incident_id AND v.version = r.version`,
      [JSON.stringify(closed)],
    );
  }

  async insertVersions(rows: VersionRow[]): Promise<void> {
    if (rows.length === 0) return;
    await this.m.query(
      `INSERT INTO ${this.s}.incident_version (${names(VERSION_COLUMNS)})
       SELECT ${names(VERSION_COLUMNS)} FROM jsonb_to_recordset($1::jsonb) AS r(${definitions(VERSION_COLUMNS)})`,
      [JSON.stringify(rows)],
    );
  }

  async indexReports(added: Array<{ report_id: string; incident_id: string }>, removed: Array<{ report_id: string; incident_id: string }>): Promise<void> {
    if (added.length > 0) {
      await this.m.query(
        `INSERT INTO ${this.s}.incident_report (report_id, incident_id)
         SELECT report_id, incident_id FROM jsonb_to_recordset($1::jsonb) AS r(report_id text, incident_id text)
         ON CONFLICT DO NOTHING`,
        [JSON.stringify(added)],
      );
    }
    if (removed.length > 0) {
      await this.m.query(
        `DELETE FROM ${this.s}.incident_report AS t USING jsonb_to_recordset($1::jsonb) AS r(report_id text, incident_id text)
         WHERE t.report_id = r.report_id AND t.incident_id = r.incident_id`,
        [JSON.stringify(removed)],
      );
    }
  }

  /** Adds the deltas; rows that reach zero are deleted, so a live projection and a rebuild hold the same rows. */
  async addActivity(deltas: ActivityDelta[]): Promise<void> {
    if (deltas.length === 0) return;
    const rows = JSON.stringify(deltas.map((d) => ({ actor_key: d.actorId, day: d.day, admin1: d.admin1, event_type: d.eventType, incidents: d.incidents, fatalities: d.fatalities })));
    const recordset = `jsonb_to_recordset($1::jsonb) AS r(actor_key text, day date, admin1 text, event_type text, incidents int, fatalities int)`;
    await this.m.query(
      `INSERT INTO ${this.s}.actor_activity_daily AS t (actor_key, day, admin1, event_type, incidents, fatalities)
       SELECT actor_key, day, admin1, event_type, incidents, fatalities FROM ${recordset}
       ON CONFLICT (actor_key, day, admin1, event_type)
       DO UPDATE SET incidents = t.incidents + EXCLUDED.incidents, fatalities = t.fatalities + EXCLUDED.fatalities`,
      [rows],
    );
    await this.m.query(
      `DELETE FROM ${this.s}.actor_activity_daily AS t USING ${recordset}
       WHERE t.actor_key = r.actor_key AND t.day = r.day AND t.admin1 = r.admin1 AND t.event_type = r.event_type
         AND t.incidents = 0 AND t.fatalities = 0`,
      [rows],
    );
  }

  async addInteractions(deltas: InteractionDelta[]): Promise<void> {
    if (deltas.length === 0) return;
    const rows = JSON.stringify(deltas.map((d) => ({ actor_a: d.actorA, actor_b: d.actorB, day: d.day, admin1: d.admin1, incidents: d.count })));
    const recordset = `jsonb_to_recordset($1::jsonb) AS r(actor_a text, actor_b text, day date, admin1 text, incidents int)`;
    await this.m.query(
      `INSERT INTO ${this.s}.actor_interaction_daily AS t (actor_a, actor_b, day, admin1, incidents)
       SELECT actor_a, actor_b, day, admin1, incidents FROM ${recordset}
       ON CONFLICT (actor_a, actor_b, day, admin1) DO UPDATE SET incidents = t.incidents + EXCLUDED.incidents`,
      [rows],
    );
    await this.m.query(
      `DELETE FROM ${this.s}.actor_interaction_daily AS t USING ${recordset}
       WHERE t.actor_a = r.actor_a AND t.actor_b = r.actor_b AND t.day = r.day AND t.admin1 = r.admin1 AND t.incidents = 0`,
      [rows],
    );
  }
}
