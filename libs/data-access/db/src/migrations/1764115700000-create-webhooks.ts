import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Webhook endpoints and the delivery outbox. A notification is written once (its id is the
 * `webhook-id` receivers dedupe by), in the same transaction as whatever decided it; a delivery row
 * per (notification, endpoint) is then claimed, sent and retried by the dispatchers, and every
 * attempt is kept for the delivery log.
 *
 * Signing secrets are encrypted (AES-256-GCM), not hashed: the dispatcher must sign with the
 * plaintext, so it has to be recoverable.
 */
export class CreateWebhooks1764115700000 implements MigrationInterface {
  name = 'CreateWebhooks1764115700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE webhook_endpoint (
        id uuid NOT NULL,
        url text NOT NULL,
        description text NOT NULL DEFAULT '',
        enabled boolean NOT NULL DEFAULT true,
        disabled_reason text,
        disabled_at timestamptz,
        secret_sealed bytea NOT NULL,
        previous_secret_sealed bytea,
        previous_secret_until timestamptz,
        filter_rule_ids text[],
        filter_min_severity text,
        consecutive_dead int NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by text,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_webhook_endpoint PRIMARY KEY (id),
        CONSTRAINT ck_webhook_endpoint_min_severity CHECK (filter_min_severity IS NULL OR filter_min_severity IN ('info', 'low', 'medium', 'high', 'critical')),
        CONSTRAINT ck_webhook_endpoint_consecutive_dead CHECK (consecutive_dead >= 0),
        CONSTRAINT ck_webhook_endpoint_previous_secret CHECK ((previous_secret_sealed IS NULL) = (previous_secret_until IS NULL))
      )`);
    await q.query(`
      CREATE TABLE notification (
        id text NOT NULL,
        type text NOT NULL,
        payload jsonb NOT NULL,
        rule_id text,
        severity text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_notification PRIMARY KEY (id),
        CONSTRAINT ck_notification_id CHECK (id ~ '^[A-Za-z0-9_:-]{1,128}$'),
        CONSTRAINT ck_notification_type CHECK (type ~ '^[a-z][a-z0-9_.-]{0,99}$')
      )`);
    // No foreign key to the endpoint from a notification: one notification fans out to many.
    await q.query(`
      CREATE TABLE delivery (
        notification_id text NOT NULL,
        endpoint_id uuid NOT NULL,
        state text NOT NULL DEFAULT 'pending',
        attempts int NOT NULL DEFAULT 0,
        round_attempts int NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        lease_owner text,
        lease_until timestamptz,
        last_status int,
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_delivery PRIMARY KEY (notification_id, endpoint_id),
        CONSTRAINT fk_delivery_notification FOREIGN KEY (notification_id) REFERENCES notification (id) ON DELETE CASCADE,
        CONSTRAINT fk_delivery_endpoint FOREIGN KEY (endpoint_id) REFERENCES webhook_endpoint (id) ON DELETE CASCADE,
        CONSTRAINT ck_delivery_state CHECK (state IN ('pending', 'succeeded', 'dead')),
        CONSTRAINT ck_delivery_attempts CHECK (attempts >= 0 AND round_attempts >= 0 AND round_attempts <= attempts)
      )`);
    await q.query(`CREATE INDEX idx_delivery_due ON delivery (next_attempt_at) WHERE state = 'pending'`);
    await q.query(`CREATE INDEX idx_delivery_endpoint_created ON delivery (endpoint_id, created_at DESC)`);
    await q.query(`
      CREATE TABLE delivery_attempt (
        notification_id text NOT NULL,
        endpoint_id uuid NOT NULL,
        attempt int NOT NULL,
        dispatcher text NOT NULL,
        at timestamptz NOT NULL,
        outcome text NOT NULL,
        status_code int,
        latency_ms int NOT NULL,
        error text,
        response_snippet text,
        CONSTRAINT pk_delivery_attempt PRIMARY KEY (notification_id, endpoint_id, attempt),
        CONSTRAINT fk_delivery_attempt_delivery FOREIGN KEY (notification_id, endpoint_id) REFERENCES delivery (notification_id, endpoint_id) ON DELETE CASCADE,
        CONSTRAINT ck_delivery_attempt_outcome CHECK (outcome IN ('succeeded', 'retry', 'dead')),
        CONSTRAINT ck_delivery_attempt_snippet CHECK (octet_length(response_snippet) <= 1024),
        CONSTRAINT ck_delivery_attempt_latency CHECK (latency_ms >= 0)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE delivery_attempt');
    await q.query('DROP TABLE delivery');
    await q.query('DROP TABLE notification');
    await q.query('DROP TABLE webhook_endpoint');
  }
}
