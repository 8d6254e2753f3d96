import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The alert engine's tables. Rules are projected from the rules topic (the log is their truth);
 * `alert_input` is what the live projection hands the engine, written in the projection's own
 * transaction; the engine stores its rule states, alerts, events and positions in one transaction
 * per batch. Nothing here lives in a read-model schema: a rebuild must not reset what was notified.
 */
export class CreateAlerting1764115800000 implements MigrationInterface {
  name = 'CreateAlerting1764115800000';

  async up(q: QueryRunner): Promise<void> {
    await createRuleTables(q);
    await createInputTables(q);
    await createAlertTables(q);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['alert_silence', 'alert_event', 'alert', 'alert_rule_state', 'alert_input_position', 'alert_input', 'alert_rules_position', 'alert_rule_version', 'alert_rule']) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}

async function createRuleTables(q: QueryRunner): Promise<void> {
  // `epoch`: the revision of the last change that needs the engine to start the rule afresh
  // (created, a new version, enabled again); the engine warms a rule up once per epoch.
  await q.query(`
    CREATE TABLE alert_rule (
      id text NOT NULL,
      version int NOT NULL,
      revision int NOT NULL,
      epoch int NOT NULL,
      name text NOT NULL,
      severity text NOT NULL,
      kind text NOT NULL,
      enabled boolean NOT NULL,
      deleted boolean NOT NULL DEFAULT false,
      definition jsonb NOT NULL,
      created_at timestamptz NOT NULL,
      created_by text,
      updated_at timestamptz NOT NULL,
      updated_by text,
      CONSTRAINT pk_alert_rule PRIMARY KEY (id),
      CONSTRAINT ck_alert_rule_version CHECK (version >= 1 AND revision >= 1 AND epoch BETWEEN 1 AND revision)
    )`);
  // The audit trail: one row per change applied, who made it, when, and what it changed.
  await q.query(`
    CREATE TABLE alert_rule_version (
      rule_id text NOT NULL,
      revision int NOT NULL,
      version int NOT NULL,
      change text NOT NULL,
      change_id uuid NOT NULL,
      definition jsonb NOT NULL,
      diff jsonb NOT NULL,
      changed_by text,
      changed_at timestamptz NOT NULL,
      log_partition int NOT NULL,
      log_offset bigint NOT NULL,
      CONSTRAINT pk_alert_rule_version PRIMARY KEY (rule_id, revision),
      CONSTRAINT uq_alert_rule_version_change UNIQUE (change_id),
      CONSTRAINT fk_alert_rule_version_rule FOREIGN KEY (rule_id) REFERENCES alert_rule (id) ON DELETE CASCADE,
      CONSTRAINT ck_alert_rule_version_change CHECK (change IN ('created', 'updated', 'disabled', 'enabled', 'deleted'))
    )`);
  await q.query(`
    CREATE TABLE alert_rules_position (
      topic text NOT NULL,
      partition int NOT NULL,
      next_offset bigint NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT pk_alert_rules_position PRIMARY KEY (topic, partition)
    )`);
}

async function createInputTables(q: QueryRunner): Promise<void> {
  // One row per incident change the live projection made: the record's position, the change's
  // order within that record, and the change itself. A partition's rows commit in offset order.
  await q.query(`
    CREATE TABLE alert_input (
      source_topic text NOT NULL,
      source_partition int NOT NULL,
      source_offset bigint NOT NULL,
      seq int NOT NULL,
      incident_id text NOT NULL,
      incident_version int NOT NULL,
      received_at timestamptz NOT NULL,
      change jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT pk_alert_input PRIMARY KEY (source_topic, source_partition, source_offset, seq)
    )`);
  await q.query(`CREATE INDEX idx_alert_input_created ON alert_input (created_at)`);
  await q.query(`
    CREATE TABLE alert_input_position (
      source_topic text NOT NULL,
      source_partition int NOT NULL,
      next_offset bigint NOT NULL,
      next_seq int NOT NULL,
      last_received_at timestamptz,
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT pk_alert_input_position PRIMARY KEY (source_topic, source_partition)
    )`);
  await q.query(`
    CREATE TABLE alert_rule_state (
      rule_id text NOT NULL,
      rule_version int NOT NULL,
      epoch int NOT NULL,
      state jsonb NOT NULL,
      ledger jsonb NOT NULL,
      warmed_up_at timestamptz NOT NULL,
      warm_up_changes int NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT pk_alert_rule_state PRIMARY KEY (rule_id)
    )`);
}

async function createAlertTables(q: QueryRunner): Promise<void> {
  await q.query(`
    CREATE TABLE alert (
      fingerprint text NOT NULL,
      rule_id text NOT NULL,
      rule_version int NOT NULL,
      state text NOT NULL,
      group_key text NOT NULL,
      window_start timestamptz,
      window_end timestamptz,
      incident_ids text[] NOT NULL,
      detected_late boolean NOT NULL,
      occurred_at timestamptz NOT NULL,
      first_fired_at timestamptz NOT NULL,
      last_fired_at timestamptz NOT NULL,
      resolved_at timestamptz,
      resolve_reason text,
      seq int NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT pk_alert PRIMARY KEY (fingerprint),
      CONSTRAINT ck_alert_state CHECK (state IN ('firing', 'resolved'))
    )`);
  await q.query(`CREATE INDEX idx_alert_first_fired ON alert (first_fired_at DESC, fingerprint DESC)`);
  await q.query(`CREATE INDEX idx_alert_rule ON alert (rule_id, first_fired_at DESC)`);
  // Append-only; `id` orders the live stream (one engine writes at a time, batch after batch).
  // `input_*`: the change that caused the event; none when a rule change retired the alert.
  await q.query(`
    CREATE TABLE alert_event (
      id bigserial NOT NULL,
      event_id text NOT NULL,
      fingerprint text NOT NULL,
      seq int NOT NULL,
      type text NOT NULL,
      rule_id text NOT NULL,
      rule_version int NOT NULL,
      event jsonb NOT NULL,
      notification text NOT NULL,
      notification_id text,
      silence_id text,
      input_topic text,
      input_partition int,
      input_offset bigint,
      input_seq int,
      recorded_at timestamptz NOT NULL DEFAULT now(),
      published_at timestamptz,
      CONSTRAINT pk_alert_event PRIMARY KEY (id),
      CONSTRAINT uq_alert_event_event_id UNIQUE (event_id),
      CONSTRAINT uq_alert_event_seq UNIQUE (fingerprint, seq),
      CONSTRAINT fk_alert_event_alert FOREIGN KEY (fingerprint) REFERENCES alert (fingerprint),
      CONSTRAINT ck_alert_event_type CHECK (type IN ('firing', 'resolved', 'evidence_updated')),
      CONSTRAINT ck_alert_event_notification CHECK (notification IN ('sent', 'suppressed', 'silenced', 'not_notified'))
    )`);
  await q.query(`CREATE INDEX idx_alert_event_unpublished ON alert_event (id) WHERE published_at IS NULL`);
  await q.query(`
    CREATE TABLE alert_silence (
      id uuid NOT NULL,
      rule_id text,
      group_key text,
      starts_at timestamptz,
      ends_at timestamptz NOT NULL,
      reason text NOT NULL,
      created_by text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      deleted_at timestamptz,
      deleted_by text,
      CONSTRAINT pk_alert_silence PRIMARY KEY (id),
      CONSTRAINT ck_alert_silence_target CHECK (rule_id IS NOT NULL OR group_key IS NOT NULL)
    )`);
  await q.query(`CREATE INDEX idx_alert_silence_active ON alert_silence (ends_at) WHERE deleted_at IS NULL`);
}
