import type { Silence } from '@sitrep/domain-alerting';
import type { DataSource } from 'typeorm';
import { isoSql, rowsOf, type SqlExecutor } from '../webhooks/sql-executor';

/** A silence as listed: the domain's silence with when it was made and, if lifted, when and by whom. */
export interface StoredSilence extends Silence {
  createdAt: string;
  deletedAt: string | null;
  deletedBy: string | null;
}

interface SilenceRow {
  id: string;
  rule_id: string | null;
  group_key: string | null;
  starts_at: string | null;
  ends_at: string;
  reason: string;
  created_by: string;
  created_at: string;
  deleted_at: string | null;
  deleted_by: string | null;
}

const COLUMNS = `id::text, rule_id, group_key, ${isoSql('starts_at')} AS starts_at, ${isoSql('ends_at')} AS ends_at, reason, created_by,
  ${isoSql('created_at')} AS created_at, ${isoSql('deleted_at')} AS deleted_at, deleted_by`;

/** The silences in force at `now` (not lifted, not ended; one starting later is left to the domain). */
export async function activeSilences(m: SqlExecutor, now: string): Promise<Silence[]> {
  const rows = rowsOf<SilenceRow>(await m.query(`SELECT ${COLUMNS} FROM alert_silence WHERE deleted_at IS NULL AND ends_at > $1 ORDER BY id`, [now]));
  return rows.map((row) => toSilence(row));
}

/** Analysts' silences: muting a rule or a group until a time, with a reason. Lifting keeps the row. */
export class AlertSilenceStore {
  constructor(private readonly db: DataSource) {}

  async create(silence: Silence): Promise<StoredSilence> {
    const rows: SilenceRow[] = await this.db.query(
      `INSERT INTO alert_silence (id, rule_id, group_key, starts_at, ends_at, reason, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${COLUMNS}`,
      [silence.id, silence.ruleId ?? null, silence.groupKey ?? null, silence.startsAt ?? null, silence.endsAt, silence.reason, silence.createdBy],
    );
    return toStored(rows[0]);
  }

  /** Silences not lifted and not ended at `now`, and with `all`, every one ever made. */
  async list(now: string, all = false): Promise<StoredSilence[]> {
    const where = all ? 'true' : 'deleted_at IS NULL AND ends_at > $1';
    const rows: SilenceRow[] = await this.db.query(`SELECT ${COLUMNS} FROM alert_silence WHERE ${where} ORDER BY created_at DESC, id`, all ? [] : [now]);
    return rows.map(toStored);
  }

  async get(id: string): Promise<StoredSilence | null> {
    const rows: SilenceRow[] = await this.db.query(`SELECT ${COLUMNS} FROM alert_silence WHERE id = $1`, [id]);
    return rows.length === 0 ? null : toStored(rows[0]);
  }

  /** Lifts a silence; false when there is none in force with this id. */
  async lift(id: string, by: string): Promise<boolean> {
    const rows = rowsOf<{ id: string }>(
      await this.db.query(`UPDATE alert_silence SET deleted_at = now(), deleted_by = $2 WHERE id = $1 AND deleted_at IS NULL RETURNING id::text`, [id, by]),
    );
    return rows.length > 0;
  }
}

function toSilence(row: SilenceRow): Silence {
  return {
    id: row.id, endsAt: row.ends_at, reason: row.reason, createdBy: row.created_by,
    ...(row.rule_id !== null && { ruleId: row.rule_id }),
    ...(row.group_key !== null && { groupKey: row.group_key }),
    ...(row.starts_at !== null && { startsAt: row.starts_at }),
  };
}

function toStored(row: SilenceRow): StoredSilence {
  return { ...toSilence(row), createdAt: row.created_at, deletedAt: row.deleted_at, deletedBy: row.deleted_by };
}
