import type { DataSource } from 'typeorm';

export interface PartitionOwner {
  partition: number;
  /** Null while the partition is between owners (revoked in a rebalance, not assigned yet). */
  instanceId: string | null;
  /** When it got this owner (or lost the last one), by the reporting instance's clock. */
  since: string;
}

/**
 * Who owns which partition of a consumer group, as reported by the members. Each report carries the
 * time of the event it describes, and an older report never overwrites a newer one: a member that
 * was slow to write "assigned" (or a zombie) cannot take the row back from its successor.
 */
export class ProjectionOwnerStore {
  constructor(private readonly db: DataSource) {}

  async recordAssigned(groupId: string, topic: string, partitions: number[], instanceId: string, at: Date): Promise<void> {
    if (partitions.length === 0) return;
    await this.db.query(
      `INSERT INTO projection_owner (group_id, topic, partition, instance_id, changed_at)
       SELECT $1, $2, p, $4, $5 FROM unnest($3::int[]) AS p
       ON CONFLICT (group_id, topic, partition) DO UPDATE SET instance_id = EXCLUDED.instance_id, changed_at = EXCLUDED.changed_at
       WHERE projection_owner.changed_at <= EXCLUDED.changed_at`,
      [groupId, topic, partitions, instanceId, at],
    );
  }

  /** Only the instance's own rows: what it lost may already be someone else's. */
  async recordRevoked(groupId: string, topic: string, partitions: number[], instanceId: string, at: Date): Promise<void> {
    if (partitions.length === 0) return;
    await this.db.query(
      `UPDATE projection_owner SET instance_id = NULL, changed_at = $5
       WHERE group_id = $1 AND topic = $2 AND partition = ANY($3::int[]) AND instance_id = $4 AND changed_at <= $5`,
      [groupId, topic, partitions, instanceId, at],
    );
  }

  async owners(groupId: string, topic: string): Promise<PartitionOwner[]> {
    const rows: Array<{ partition: number; instance_id: string | null; since: string }> = await this.db.query(
      `SELECT partition, instance_id, to_char(changed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS since
       FROM projection_owner WHERE group_id = $1 AND topic = $2 ORDER BY partition`,
      [groupId, topic],
    );
    return rows.map((r) => ({ partition: r.partition, instanceId: r.instance_id, since: r.since }));
  }
}
