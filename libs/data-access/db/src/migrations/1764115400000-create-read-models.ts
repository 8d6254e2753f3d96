import type { MigrationInterface, QueryRunner } from 'typeorm';
import { readModelDdl } from '../read-models/read-model-ddl';

/**
 * The first read-model schema (rm_1) and the pointer to the live one. Later read-model changes
 * add a schema and rebuild it from the log (see read-model-ddl.ts).
 */
export class CreateReadModels1764115400000 implements MigrationInterface {
  name = 'CreateReadModels1764115400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE sitrep_read_model (
        name text NOT NULL,
        live_schema text NOT NULL,
        building_schema text,
        build_started_at timestamptz,
        build_progress jsonb,
        switched_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_sitrep_read_model PRIMARY KEY (name),
        CONSTRAINT ck_sitrep_read_model_live CHECK (live_schema ~ '^rm_[0-9]{1,6}$'),
        CONSTRAINT ck_sitrep_read_model_building CHECK (building_schema IS NULL OR building_schema ~ '^rm_[0-9]{1,6}$')
      )`);
    for (const statement of readModelDdl('rm_1')) await q.query(statement);
    await q.query(`INSERT INTO sitrep_read_model (name, live_schema) VALUES ('main', 'rm_1')`);
  }

  async down(q: QueryRunner): Promise<void> {
    const schemas: { nspname: string }[] = await q.query(`SELECT nspname FROM pg_namespace WHERE nspname ~ '^rm_[0-9]{1,6}$'`);
    for (const { nspname } of schemas) await q.query(`DROP SCHEMA ${nspname} CASCADE`);
    await q.query('DROP TABLE sitrep_read_model');
  }
}
