import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Ingest's ledger: one row per report id (deterministic from source system + native id + native
 * revision), so a report is appended once however often and however it arrives. It also remembers
 * each report's log key, so a supersede or retract can inherit it.
 */
export class CreateReportLedger1764115300000 implements MigrationInterface {
  name = 'CreateReportLedger1764115300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE report_ledger (
        report_id uuid NOT NULL,
        source_system text NOT NULL,
        native_id text NOT NULL,
        native_revision text NOT NULL,
        log_key text NOT NULL,
        received_at timestamptz NOT NULL,
        state text NOT NULL,
        log_partition int,
        log_offset bigint,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_report_ledger PRIMARY KEY (report_id),
        CONSTRAINT ck_report_ledger_state CHECK (state IN ('appending', 'appended'))
      )`);
    await q.query(`CREATE INDEX idx_report_ledger_native ON report_ledger (source_system, native_id, received_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE report_ledger');
  }
}
