import type { QueryRunner } from 'typeorm';

const ALIVE_SECONDS = 10;

/**
 * Consumer-group membership for the embedded log. Members heartbeat into log_group_member; every
 * member computes the same assignment (partition p → the (p mod n)-th live member by id). What
 * makes ownership safe is a session-level advisory lock per partition on this member's own
 * connection: a partition is only consumed while its lock is held, and a crashed member's locks
 * vanish with its connection.
 */
export class GroupMembership {
  private readonly owned = new Set<number>();

  constructor(
    private readonly session: QueryRunner,
    private readonly groupId: string,
    private readonly topic: string,
    private readonly memberId: string,
    private readonly partitions: number,
  ) {}

  async heartbeat(): Promise<{ assigned: number[]; revoked: number[] }> {
    await this.session.query(
      `INSERT INTO log_group_member (group_id, topic, member_id, heartbeat_at) VALUES ($1, $2, $3, now())
       ON CONFLICT (group_id, topic, member_id) DO UPDATE SET heartbeat_at = now()`,
      [this.groupId, this.topic, this.memberId],
    );
    const rows: { member_id: string }[] = await this.session.query(
      `SELECT member_id FROM log_group_member
       WHERE group_id = $1 AND topic = $2 AND heartbeat_at > now() - make_interval(secs => $3)
       ORDER BY member_id`,
      [this.groupId, this.topic, ALIVE_SECONDS],
    );
    const members = rows.map((r) => r.member_id);
    const me = members.indexOf(this.memberId);
    const wanted = new Set([...Array(this.partitions).keys()].filter((p) => p % members.length === me));
    const revoked = [...this.owned].filter((p) => !wanted.has(p));
    for (const p of revoked) await this.unlock(p);
    const assigned: number[] = [];
    for (const p of wanted) {
      if (!this.owned.has(p) && (await this.tryLock(p))) assigned.push(p);
    }
    return { assigned, revoked };
  }

  ownedPartitions(): number[] {
    return [...this.owned].sort((a, b) => a - b);
  }

  async leave(): Promise<number[]> {
    const released = [...this.owned];
    for (const p of released) await this.unlock(p);
    await this.session.query(`DELETE FROM log_group_member WHERE group_id = $1 AND topic = $2 AND member_id = $3`, [this.groupId, this.topic, this.memberId]);
    return released;
  }

  private async tryLock(partition: number): Promise<boolean> {
    const [row] = await this.session.query(`SELECT pg_try_advisory_lock(hashtext($1), $2) AS locked`, [`${this.groupId}/${this.topic}`, partition]);
    if (row.locked) this.owned.add(partition);
    return row.locked;
  }

  private async unlock(partition: number): Promise<void> {
    await this.session.query(`SELECT pg_advisory_unlock(hashtext($1), $2)`, [`${this.groupId}/${this.topic}`, partition]);
    this.owned.delete(partition);
  }
}
