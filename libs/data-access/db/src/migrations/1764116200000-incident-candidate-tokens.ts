import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Merge-candidate tokens on `incident` (see libs/domain/incidents/src/candidate-tokens.ts): the
 * projection loads and locks only the active incidents of a merge key whose actors and places can
 * overlap those of a claim under that key, instead of every one of them.
 *
 * An ALTER of every existing read-model schema, against the usual "new schema and a rebuild" rule,
 * because it is safe as one: the columns are nullable without a default (a catalog change, no table
 * rewrite), and NULL means "not known: always a candidate", so the live schema stays exactly as
 * correct as before. Incidents written from now on carry their tokens; a rebuild fills them all.
 */
export class IncidentCandidateTokens1764116200000 implements MigrationInterface {
  name = 'IncidentCandidateTokens1764116200000';

  async up(q: QueryRunner): Promise<void> {
    for (const schema of await readModelSchemas(q)) {
      await q.query(`ALTER TABLE ${schema}.incident ADD COLUMN IF NOT EXISTS match_actors text[], ADD COLUMN IF NOT EXISTS match_places text[]`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const schema of await readModelSchemas(q)) {
      await q.query(`ALTER TABLE ${schema}.incident DROP COLUMN IF EXISTS match_actors, DROP COLUMN IF EXISTS match_places`);
    }
  }
}

/** Every schema holding a read-model `incident` table (the live one, a rebuild's, old ones kept). */
async function readModelSchemas(q: QueryRunner): Promise<string[]> {
  const rows: Array<{ nspname: string }> = await q.query(
    `SELECT n.nspname FROM pg_namespace n JOIN pg_class c ON c.relnamespace = n.oid
     WHERE n.nspname ~ '^rm_[0-9]{1,6}$' AND c.relname = 'incident' AND c.relkind = 'r' ORDER BY n.nspname`,
  );
  return rows.map((r) => r.nspname);
}
