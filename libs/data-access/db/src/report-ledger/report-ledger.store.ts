import type { LogPosition } from '@sitrep/contracts';
import type { DataSource } from 'typeorm';

export interface LedgerEntry {
  reportId: string;
  sourceSystem: string;
  nativeId: string;
  nativeRevision: string;
  logKey: string;
  receivedAt: string;
  /** Where its append will land: the partition of its key, and that partition's end offset now or earlier (a lower bound). */
  appendTo: LogPosition;
}

export type ClaimOutcome =
  /**
   * Ours to append now. `lookFrom`: we took over a claim an earlier attempt left (it died, or its
   * append failed without an answer), and its append may have landed at or after this position:
   * look there for the report before appending it again.
   */
  | { reportId: string; outcome: 'claimed'; lookFrom?: LogPosition }
  /** Already on the log: a no-op for the client, with the original position. */
  | { reportId: string; outcome: 'appended'; position: LogPosition; receivedAt: string }
  /** Another request is appending it right now; the client should retry shortly. */
  | { reportId: string; outcome: 'in_flight' };

/**
 * A claim older than this was abandoned (its process died mid-append, or its append failed
 * without an answer) and may be taken over. Long enough for an append in flight to have settled.
 */
export const STALE_CLAIM_SECONDS = 30;

/**
 * Ingest's ledger: a report id is claimed before it is appended and marked once the log has it,
 * so the same report arriving twice, over HTTP or Kafka or both, is appended once.
 */
export class ReportLedgerStore {
  constructor(private readonly db: DataSource) {}

  /**
   * Claims the report ids not claimed yet, recording where each append will land; takes over
   * claims older than `staleAfterSeconds`, keeping where the first attempt's append may have landed.
   */
  async claim(entries: LedgerEntry[], staleAfterSeconds = STALE_CLAIM_SECONDS): Promise<ClaimOutcome[]> {
    if (entries.length === 0) return [];
    const claimed: ClaimedRow[] = await this.db.query(
      `INSERT INTO report_ledger (report_id, source_system, native_id, native_revision, log_key, received_at, log_partition, append_from, state)
       SELECT *, 'appending' FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::timestamptz[], $7::int[], $8::bigint[])
       ON CONFLICT (report_id) DO UPDATE SET updated_at = now()
         WHERE report_ledger.state = 'appending' AND report_ledger.updated_at < now() - make_interval(secs => $9)
       RETURNING report_id::text, (xmax = 0) AS inserted, log_partition, append_from::text`,
      [
        entries.map((e) => e.reportId),
        entries.map((e) => e.sourceSystem),
        entries.map((e) => e.nativeId),
        entries.map((e) => e.nativeRevision),
        entries.map((e) => e.logKey),
        entries.map((e) => e.receivedAt),
        entries.map((e) => e.appendTo.partition),
        entries.map((e) => e.appendTo.offset),
        staleAfterSeconds,
      ],
    );
    const ours = new Map(claimed.map((r) => [r.report_id, r]));
    const others = await this.find(entries.map((e) => e.reportId).filter((id) => !ours.has(id)));
    return entries.map((e): ClaimOutcome => {
      const mine = ours.get(e.reportId);
      if (mine) return { reportId: e.reportId, outcome: 'claimed', ...lookFrom(mine) };
      const row = others.get(e.reportId);
      if (row?.state === 'appended') {
        return { reportId: e.reportId, outcome: 'appended', position: { partition: row.log_partition, offset: row.log_offset }, receivedAt: row.received_at };
      }
      return { reportId: e.reportId, outcome: 'in_flight' };
    });
  }

  /** The first mark wins: a late one (an attempt that was taken over, then finished) changes nothing. */
  async markAppended(appended: Array<{ reportId: string; position: LogPosition }>): Promise<void> {
    if (appended.length === 0) return;
    await this.db.query(
      `UPDATE report_ledger AS l SET state = 'appended', log_partition = a.p, log_offset = a.o, updated_at = now()
       FROM unnest($1::uuid[], $2::int[], $3::bigint[]) AS a(id, p, o) WHERE l.report_id = a.id AND l.state = 'appending'`,
      [appended.map((a) => a.reportId), appended.map((a) => a.position.partition), appended.map((a) => a.position.offset)],
    );
  }

  /** Gives up claims whose append certainly wrote nothing, so a retry can claim them at once. */
  async release(reportIds: string[]): Promise<void> {
    if (reportIds.length === 0) return;
    await this.db.query(`DELETE FROM report_ledger WHERE report_id = ANY($1::uuid[]) AND state = 'appending'`, [reportIds]);
  }

  /** Log keys of known reports (a supersede or retract inherits its target's key). */
  async logKeys(reportIds: string[]): Promise<Map<string, string>> {
    const rows = await this.find(reportIds);
    return new Map([...rows.values()].map((r) => [r.report_id, r.log_key]));
  }

  /** The latest report id per native id within one source system (to resolve native supersedes). */
  async latestByNativeId(sourceSystem: string, nativeIds: string[]): Promise<Map<string, string>> {
    if (nativeIds.length === 0) return new Map();
    const rows: { native_id: string; report_id: string }[] = await this.db.query(
      `SELECT DISTINCT ON (native_id) native_id, report_id::text FROM report_ledger
       WHERE source_system = $1 AND native_id = ANY($2::text[]) ORDER BY native_id, received_at DESC`,
      [sourceSystem, nativeIds],
    );
    return new Map(rows.map((r) => [r.native_id, r.report_id]));
  }

  private async find(reportIds: string[]) {
    if (reportIds.length === 0) return new Map<string, LedgerRow>();
    const rows: LedgerRow[] = await this.db.query(
      `SELECT report_id::text, state, log_key, log_partition, log_offset::text, to_char(received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS received_at
       FROM report_ledger WHERE report_id = ANY($1::uuid[])`,
      [reportIds],
    );
    return new Map(rows.map((r) => [r.report_id, r]));
  }
}

interface ClaimedRow {
  report_id: string;
  inserted: boolean;
  log_partition: number | null;
  append_from: string | null;
}

/** A taken-over claim says where the earlier attempt may have appended (claims from before that was recorded say nothing). */
function lookFrom(row: ClaimedRow): { lookFrom?: LogPosition } {
  if (row.inserted || row.log_partition === null || row.append_from === null) return {};
  return { lookFrom: { partition: row.log_partition, offset: row.append_from } };
}

interface LedgerRow {
  report_id: string;
  state: 'appending' | 'appended';
  log_key: string;
  log_partition: number;
  log_offset: string;
  received_at: string;
}
