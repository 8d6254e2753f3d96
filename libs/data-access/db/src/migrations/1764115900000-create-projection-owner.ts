import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which instance holds each partition of a consumer group, as the instances themselves report it
 * on every assignment and revocation (kafkajs and the embedded log both tell a member what it got).
 * Outside the read-model schemas: it says who projects, not what was projected, and a rebuild must
 * not compare it. `instance_id` is NULL between a revocation and the next assignment.
 */
export class CreateProjectionOwner1764115900000 implements MigrationInterface {
  name = 'CreateProjectionOwner1764115900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE projection_owner (
        group_id text NOT NULL,
        topic text NOT NULL,
        partition int NOT NULL,
        instance_id text,
        changed_at timestamptz NOT NULL,
        CONSTRAINT pk_projection_owner PRIMARY KEY (group_id, topic, partition)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE projection_owner');
  }
}
