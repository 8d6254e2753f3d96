import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notification groups still open (a rule with `groupWaitSeconds`): the alert engine adds the sent
 * events of one rule version to its open group in the batch transaction that records them, and
 * turns the group into ONE outbox notification (and deletes it) once it is due. One group at a time
 * takes new events per rule version (the latest opened; an older one may wait for its flush in the
 * same batch). Rows live seconds to an hour, so the table stays small (read whole, no index beyond the key).
 */
export class AlertNotificationGroup1764116100000 implements MigrationInterface {
  name = 'AlertNotificationGroup1764116100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE alert_notification_group (
        id text NOT NULL,
        rule_id text NOT NULL,
        rule_version int NOT NULL,
        rule jsonb NOT NULL,
        opened_at timestamptz NOT NULL,
        send_at timestamptz NOT NULL,
        hold_until timestamptz NOT NULL,
        event_ids text[] NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_alert_notification_group PRIMARY KEY (id),
        CONSTRAINT ck_alert_notification_group_window CHECK (send_at >= opened_at),
        CONSTRAINT ck_alert_notification_group_events CHECK (cardinality(event_ids) > 0)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE alert_notification_group`);
  }
}
