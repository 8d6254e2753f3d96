import type { DataSource } from 'typeorm';

export interface AuditEntry {
  keyId?: string;
  action: string;
  target?: string;
  details?: Record<string, unknown>;
}

/** Who did what, for every administrative action. Never holds a secret. */
export class AuditLogStore {
  constructor(private readonly db: DataSource) {}

  async record(entry: AuditEntry): Promise<void> {
    await this.db.query(`INSERT INTO audit_log (key_id, action, target, details) VALUES ($1, $2, $3, $4)`, [
      entry.keyId ?? null,
      entry.action,
      entry.target ?? null,
      JSON.stringify(entry.details ?? {}),
    ]);
  }

  async recent(limit = 100): Promise<Array<AuditEntry & { at: string }>> {
    const rows = await this.db.query(
      `SELECT key_id, action, target, details, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at FROM audit_log ORDER BY id DESC LIMIT $1`,
      [limit],
    );
    return rows.map((r: Record<string, unknown>) => ({ keyId: r.key_id ?? undefined, action: r.action, target: r.target ?? undefined, details: r.details, at: r.at }));
  }
}
