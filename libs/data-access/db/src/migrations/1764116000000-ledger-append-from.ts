import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Where a claimed report's append may land, recorded with the claim before the append: the
 * partition (log_partition, until now set only once appended) and that partition's end offset just
 * before (append_from, a lower bound). An ingest that takes over a claim left by an attempt that
 * died, or whose append failed without an answer, reads the partition from there for the report id
 * before it appends again: the report lands on the log once even if the first append went through.
 */
export class LedgerAppendFrom1764116000000 implements MigrationInterface {
  name = 'LedgerAppendFrom1764116000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE report_ledger ADD COLUMN append_from bigint`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE report_ledger DROP COLUMN append_from`);
  }
}
