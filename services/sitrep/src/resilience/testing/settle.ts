import { pollUntil } from '@sitrep/testing';
import type { ProjectionProgress } from './projection-progress';

export interface Settled {
  /** Seconds from the call until each stage was reached. */
  projectedAfter: number;
  alertsAfter: number;
  deliveredAfter: number;
}

export interface PartitionsAtRest {
  totalLag: number;
  unowned: number[];
  owners: Record<string, number>;
}

/** GET /v1/admin/partitions, or why it could not be read (quoted if a wait on it times out). */
export async function readPartitions(processorUrl: string, apiKey: string): Promise<PartitionsAtRest | string> {
  const response = await fetch(`${processorUrl}/v1/admin/partitions`, { headers: { authorization: `Bearer ${apiKey}` } }).catch((error: Error) => error);
  if (response instanceof Error) return `GET /v1/admin/partitions failed: ${response.message}`;
  if (!response.ok) return `GET /v1/admin/partitions answered ${response.status}`;
  const { totalLag, unowned, owners } = (await response.json()) as PartitionsAtRest;
  return { totalLag, unowned, owners };
}

const UNEVALUATED = `SELECT count(*)::int AS n FROM alert_input a LEFT JOIN alert_input_position p ON p.source_topic = a.source_topic AND p.source_partition = a.source_partition
  WHERE p.source_topic IS NULL OR (a.source_offset, a.seq) >= (p.next_offset, p.next_seq)`;
const PENDING = `SELECT count(*)::int AS n FROM delivery WHERE state = 'pending'`;

/**
 * Waits for the whole pipeline to come to rest: the live read model at the log's end with every
 * partition owned (GET /v1/admin/partitions), every change evaluated by the alert engine, every
 * webhook delivery settled (a killed dispatcher's lease expires after 60 s first). A stage that
 * times out says what it saw last.
 */
export async function settle(db: ProjectionProgress, processorUrl: () => string, apiKey: string, timeoutMs = 600_000): Promise<Settled> {
  const t0 = Date.now();
  const left = () => Math.max(0, t0 + timeoutMs - Date.now());
  const since = () => (Date.now() - t0) / 1000;
  const count = async (sql: string) => (await db.query<{ n: number }>(sql))[0].n;
  const atRest = (p: PartitionsAtRest | string) => typeof p !== 'string' && p.totalLag === 0 && p.unowned.length === 0;
  await pollUntil('the live read model at the end of the log', () => readPartitions(processorUrl(), apiKey), atRest, left(), 250);
  const projectedAfter = since();
  await pollUntil('the alert engine to evaluate every change (changes left)', () => count(UNEVALUATED), (n) => n === 0, left(), 250);
  const alertsAfter = since();
  await pollUntil('every webhook delivery to settle (deliveries pending)', () => count(PENDING), (n) => n === 0, left(), 250);
  return { projectedAfter, alertsAfter, deliveredAfter: since() };
}
