import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The embedded log of record: an append-only table with Kafka's shape (topic, partition, offset),
 * consumer-group offsets and group membership. In scaled mode these tables stay empty.
 */
export class CreateReportLog1764115200000 implements MigrationInterface {
  name = 'CreateReportLog1764115200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE log_topic (
        name text NOT NULL,
        partitions int NOT NULL,
        retention_ms bigint NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_log_topic PRIMARY KEY (name),
        CONSTRAINT ck_log_topic_partitions CHECK (partitions > 0)
      )`);
    await q.query(`
      CREATE TABLE log_partition (
        topic text NOT NULL,
        partition int NOT NULL,
        next_offset bigint NOT NULL DEFAULT 0,
        CONSTRAINT pk_log_partition PRIMARY KEY (topic, partition),
        CONSTRAINT fk_log_partition_topic FOREIGN KEY (topic) REFERENCES log_topic (name)
      )`);
    await q.query(`
      CREATE TABLE log_record (
        topic text NOT NULL,
        partition int NOT NULL,
        "offset" bigint NOT NULL,
        key text NOT NULL,
        value bytea NOT NULL,
        headers jsonb NOT NULL DEFAULT '{}'::jsonb,
        appended_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT pk_log_record PRIMARY KEY (topic, partition, "offset")
      )`);
    // Nothing is ever edited in place: the database itself refuses to rewrite the log.
    await q.query(`
      CREATE FUNCTION log_record_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'log_record is append-only: % refused', TG_OP;
      END $$`);
    await q.query(`
      CREATE TRIGGER trg_log_record_append_only BEFORE UPDATE OR DELETE ON log_record
      FOR EACH ROW EXECUTE FUNCTION log_record_is_append_only()`);
    await q.query(`
      CREATE TABLE log_group_offset (
        group_id text NOT NULL,
        topic text NOT NULL,
        partition int NOT NULL,
        next_offset bigint NOT NULL,
        committed_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_log_group_offset PRIMARY KEY (group_id, topic, partition)
      )`);
    await q.query(`
      CREATE TABLE log_group_member (
        group_id text NOT NULL,
        topic text NOT NULL,
        member_id text NOT NULL,
        heartbeat_at timestamptz NOT NULL,
        CONSTRAINT pk_log_group_member PRIMARY KEY (group_id, topic, member_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE log_group_member');
    await q.query('DROP TABLE log_group_offset');
    await q.query('DROP TRIGGER trg_log_record_append_only ON log_record');
    await q.query('DROP FUNCTION log_record_is_append_only()');
    await q.query('DROP TABLE log_record');
    await q.query('DROP TABLE log_partition');
    await q.query('DROP TABLE log_topic');
  }
}
