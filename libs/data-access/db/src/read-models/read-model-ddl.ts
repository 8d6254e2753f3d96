/**
 * The read models, all in one PostgreSQL schema per build (`rm_1`, `rm_2`, …). They are disposable:
 * a rebuild replays the log from offset 0 into a fresh schema while the live one keeps serving, then
 * `sitrep_read_model.live_schema` switches in one transaction. A change to these tables therefore
 * ships as a migration that creates the new schema and a rebuild, never as an ALTER of live data.
 */
export const READ_MODEL_SCHEMA = /^rm_[0-9]{1,6}$/;

export function assertReadModelSchema(schema: string): string {
  if (!READ_MODEL_SCHEMA.test(schema)) throw new Error(`not a read-model schema name: ${schema}`);
  return schema;
}

/** Columns shared by the current incident and each of its versions (what queries filter on). */
const INCIDENT_COLUMNS = `
  incident_id text NOT NULL,
  version int NOT NULL,
  status text NOT NULL,
  merged_into text,
  merge_key text NOT NULL,
  first_reported_at timestamptz NOT NULL,
  last_updated_at timestamptz NOT NULL,
  occurred_start timestamptz NOT NULL,
  occurred_end timestamptz,
  occurred_precision text NOT NULL,
  country_iso3 text NOT NULL,
  admin1 text,
  admin2 text,
  place_name text,
  lat double precision,
  lon double precision,
  event_type text,
  sub_event_type text,
  category text NOT NULL,
  actor_keys text[] NOT NULL DEFAULT '{}',
  fatalities_best int,
  best_reliability text,
  best_credibility smallint,
  tags text[] NOT NULL DEFAULT '{}',
  report_count int NOT NULL,
  source_count int NOT NULL,
  search_text text NOT NULL DEFAULT '',
  search tsvector GENERATED ALWAYS AS (to_tsvector('simple', search_text)) STORED,
  snapshot jsonb NOT NULL`;

/** Every statement of a read-model schema: its tables, then the indexes queries use. */
export function readModelDdl(schemaName: string): string[] {
  return [...readModelTableDdl(schemaName), ...readModelQueryIndexDdl(schemaName)];
}

/**
 * The schema, its tables and the indexes the projection itself reads through (primary keys, the
 * merge-candidate index, reports by incident). What a rebuild starts with: the query indexes are
 * built once after the replay (bulk-load order), not maintained row by row through it.
 */
export function readModelTableDdl(schemaName: string): string[] {
  const s = assertReadModelSchema(schemaName);
  return [
    `CREATE SCHEMA ${s}`,
    // match_*: the merge-candidate tokens (candidate-tokens.ts); NULL (rows written before they
    // existed) means "not known": such a row is always a candidate.
    `CREATE TABLE ${s}.incident (${INCIDENT_COLUMNS},
      match_actors text[],
      match_places text[],
      CONSTRAINT pk_${s}_incident PRIMARY KEY (incident_id),
      CONSTRAINT ck_${s}_incident_status CHECK (status IN ('active', 'retracted', 'merged')))`,
    `CREATE INDEX idx_${s}_incident_merge_key ON ${s}.incident (merge_key) WHERE status = 'active'`,
    // Every version of every incident, valid from the receivedAt of the record that made it until
    // the next version: the answer to "what did we know at T".
    `CREATE TABLE ${s}.incident_version (${INCIDENT_COLUMNS},
      valid_from timestamptz NOT NULL,
      valid_to timestamptz,
      CONSTRAINT pk_${s}_incident_version PRIMARY KEY (incident_id, version))`,
    // A report can sit in several incidents (history of a merged or corrected one).
    `CREATE TABLE ${s}.incident_report (
      report_id text NOT NULL,
      incident_id text NOT NULL,
      CONSTRAINT pk_${s}_incident_report PRIMARY KEY (report_id, incident_id))`,
    `CREATE INDEX idx_${s}_incident_report_incident ON ${s}.incident_report (incident_id)`,
    // Per actor × day × governorate × event type; weeks and months are sums of days.
    `CREATE TABLE ${s}.actor_activity_daily (
      actor_key text NOT NULL,
      day date NOT NULL,
      admin1 text NOT NULL,
      event_type text NOT NULL,
      incidents int NOT NULL,
      fatalities int NOT NULL,
      CONSTRAINT pk_${s}_actor_activity_daily PRIMARY KEY (actor_key, day, admin1, event_type))`,
    `CREATE TABLE ${s}.actor_interaction_daily (
      actor_a text NOT NULL,
      actor_b text NOT NULL,
      day date NOT NULL,
      admin1 text NOT NULL,
      incidents int NOT NULL,
      CONSTRAINT pk_${s}_actor_interaction_daily PRIMARY KEY (actor_a, actor_b, day, admin1))`,
    // Where each partition of the log has been applied up to, stored in the same transaction as
    // the read-model rows it produced (exactly once).
    `CREATE TABLE ${s}.projection_position (
      topic text NOT NULL,
      partition int NOT NULL,
      next_offset bigint NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT pk_${s}_projection_position PRIMARY KEY (topic, partition))`,
  ];
}

/**
 * The indexes only queries read (timeline filters, full text, as-of, activity by day). Idempotent
 * (IF NOT EXISTS), so a rebuild that crashed half-way through them simply runs them again.
 */
export function readModelQueryIndexDdl(schemaName: string): string[] {
  const s = assertReadModelSchema(schemaName);
  return [
    `CREATE INDEX IF NOT EXISTS idx_${s}_incident_occurred ON ${s}.incident (occurred_start DESC, incident_id)`,
    `CREATE INDEX IF NOT EXISTS idx_${s}_incident_admin1 ON ${s}.incident (admin1, occurred_start DESC)`,
    `CREATE INDEX IF NOT EXISTS idx_${s}_incident_actor_keys ON ${s}.incident USING gin (actor_keys)`,
    `CREATE INDEX IF NOT EXISTS idx_${s}_incident_tags ON ${s}.incident USING gin (tags)`,
    `CREATE INDEX IF NOT EXISTS idx_${s}_incident_search ON ${s}.incident USING gin (search)`,
    `CREATE INDEX IF NOT EXISTS idx_${s}_incident_updated ON ${s}.incident (last_updated_at)`,
    `CREATE INDEX IF NOT EXISTS idx_${s}_incident_version_valid ON ${s}.incident_version (valid_from, valid_to)`,
    `CREATE INDEX IF NOT EXISTS idx_${s}_incident_version_occurred ON ${s}.incident_version (occurred_start DESC, incident_id)`,
    `CREATE INDEX IF NOT EXISTS idx_${s}_actor_activity_daily_day ON ${s}.actor_activity_daily (day)`,
    `CREATE INDEX IF NOT EXISTS idx_${s}_actor_interaction_daily_b ON ${s}.actor_interaction_daily (actor_b, day)`,
  ];
}
