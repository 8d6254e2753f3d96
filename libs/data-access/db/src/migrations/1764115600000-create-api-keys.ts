import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * API keys (only a SHA-256 of each secret is stored: the secrets are 256-bit random, so a slow
 * password hash buys nothing) and the audit trail of administrative actions.
 */
export class CreateApiKeys1764115600000 implements MigrationInterface {
  name = 'CreateApiKeys1764115600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE api_key (
        id text NOT NULL,
        name text NOT NULL,
        scopes text[] NOT NULL,
        secret_sha256 bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by text,
        revoked_at timestamptz,
        last_used_at timestamptz,
        CONSTRAINT pk_api_key PRIMARY KEY (id),
        CONSTRAINT ck_api_key_scopes CHECK (scopes <@ ARRAY['ingest', 'read', 'admin']::text[] AND cardinality(scopes) > 0)
      )`);
    await q.query(`
      CREATE TABLE audit_log (
        id bigint GENERATED ALWAYS AS IDENTITY,
        at timestamptz NOT NULL DEFAULT now(),
        key_id text,
        action text NOT NULL,
        target text,
        details jsonb NOT NULL DEFAULT '{}'::jsonb,
        CONSTRAINT pk_audit_log PRIMARY KEY (id)
      )`);
    await q.query(`CREATE INDEX idx_audit_log_at ON audit_log (at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE audit_log');
    await q.query('DROP TABLE api_key');
  }
}
