import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Actors and aliases analysts add through the API, on top of the reference registry (our seed and
 * UCDP's actor list, which live in code and files, not here). Rows are only ever added; one
 * sequence numbers both tables so the registry can be rebuilt, and refreshed, in the order the
 * changes were made.
 */
export class CreateActors1764115500000 implements MigrationInterface {
  name = 'CreateActors1764115500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SEQUENCE actor_change_seq`);
    await q.query(`
      CREATE TABLE actor (
        id text NOT NULL,
        name text NOT NULL,
        kind text,
        parent_id text,
        change_seq bigint NOT NULL DEFAULT nextval('actor_change_seq'),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_actor PRIMARY KEY (id),
        CONSTRAINT ck_actor_kind CHECK (kind IS NULL OR kind IN ('state', 'non_state', 'coalition', 'other'))
      )`);
    // No foreign key to actor: an alias may name a reference actor (e.g. ucdp:234), which has no row.
    await q.query(`
      CREATE TABLE actor_alias (
        actor_id text NOT NULL,
        alias text NOT NULL,
        change_seq bigint NOT NULL DEFAULT nextval('actor_change_seq'),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_actor_alias PRIMARY KEY (actor_id, alias)
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_actor_change_seq ON actor (change_seq)`);
    await q.query(`CREATE UNIQUE INDEX uq_actor_alias_change_seq ON actor_alias (change_seq)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE actor_alias');
    await q.query('DROP TABLE actor');
    await q.query('DROP SEQUENCE actor_change_seq');
  }
}
