import {
  LogUnavailableError,
  partitionForKey,
  type AppendRecord,
  type LogPosition,
  type LogRecord,
  type LogSubscription,
  type ReportLog,
  type SubscribeOptions,
  type TopicSpec,
} from '@sitrep/contracts';
import type { DataSource } from 'typeorm';
import { EmbeddedSubscription } from './embedded-subscription';

export interface EmbeddedReportLogOptions {
  /** Identifies this process among the members of a consumer group. */
  memberId: string;
  pollIntervalMs?: number;
  log?: (message: string) => void;
  /** Partitions of one subscription handled at once (default 3); see SubscribeOptions.handleBatch. */
  partitionsConsumedConcurrently?: number;
}

/**
 * The log of record as an append-only table in the embedded PostgreSQL, with Kafka's shape:
 * topics of partitions, offsets per partition, the same murmur2 key → partition mapping, and
 * consumer groups whose members share partitions (ownership held by advisory locks).
 */
export class EmbeddedReportLog implements ReportLog {
  readonly kind = 'embedded' as const;
  private readonly partitionCounts = new Map<string, number>();
  private readonly subscriptions = new Set<EmbeddedSubscription>();

  constructor(
    private readonly db: DataSource,
    private readonly options: EmbeddedReportLogOptions,
  ) {}

  async ensureTopics(topics: TopicSpec[]): Promise<void> {
    for (const topic of topics) {
      await this.db.transaction(async (m) => {
        await m.query(
          `INSERT INTO log_topic (name, partitions, retention_ms) VALUES ($1, $2, $3) ON CONFLICT (name) DO NOTHING`,
          [topic.name, topic.partitions, topic.retentionMs],
        );
        const [existing] = await m.query(`SELECT partitions FROM log_topic WHERE name = $1`, [topic.name]);
        if (existing.partitions < topic.partitions) {
          this.options.log?.(`topic ${topic.name} has ${existing.partitions} partitions, fewer than ${topic.partitions}: left as is (a new topic version is the safe path)`);
        }
        await m.query(
          `INSERT INTO log_partition (topic, partition) SELECT $1, p FROM generate_series(0, $2::int - 1) AS p ON CONFLICT DO NOTHING`,
          [topic.name, existing.partitions],
        );
      });
    }
  }

  async append(topic: string, records: AppendRecord[]): Promise<LogPosition[]> {
    if (records.length === 0) return [];
    const partitions = await this.partitionCount(topic);
    const byPartition = new Map<number, number[]>();
    records.forEach((record, index) => {
      const partition = partitionForKey(record.key, partitions);
      byPartition.set(partition, [...(byPartition.get(partition) ?? []), index]);
    });
    const positions: LogPosition[] = new Array(records.length);
    try {
      await this.db.transaction(async (m) => {
        // Ascending partition order: concurrent appenders lock partitions in one order, no deadlock.
        for (const partition of [...byPartition.keys()].sort((a, b) => a - b)) {
          const indexes = byPartition.get(partition) ?? [];
          const [row] = await m.query(
            // A CTE, so that TypeORM hands back rows (for a bare UPDATE it returns [rows, count]).
            `WITH moved AS (UPDATE log_partition SET next_offset = next_offset + $3::int WHERE topic = $1 AND partition = $2 RETURNING next_offset)
             SELECT (next_offset - $3::int)::text AS base FROM moved`,
            [topic, partition, indexes.length],
          );
          if (!row) throw new Error(`topic ${topic} has no partition ${partition}: run ensureTopics`);
          await m.query(
            `INSERT INTO log_record (topic, partition, "offset", key, value, headers)
             SELECT $1, $2, $3::bigint + ord - 1, k, decode(v, 'base64'), h
             FROM unnest($4::text[], $5::text[], $6::jsonb[]) WITH ORDINALITY AS t(k, v, h, ord)`,
            // Values travel as base64 text: node-postgres has no binary form for bytea[] parameters.
            [topic, partition, row.base, indexes.map((i) => records[i].key), indexes.map((i) => records[i].value.toString('base64')), indexes.map((i) => JSON.stringify(records[i].headers ?? {}))],
          );
          indexes.forEach((recordIndex, n) => (positions[recordIndex] = { partition, offset: (BigInt(row.base) + BigInt(n)).toString() }));
        }
      });
    } catch (error) {
      throw toUnavailable(error, `append to ${topic}`);
    }
    return positions;
  }

  async subscribe(options: SubscribeOptions): Promise<LogSubscription> {
    const partitions = await this.partitionCount(options.topic);
    const subscription = new EmbeddedSubscription(this.db, options, partitions, {
      memberId: `${this.options.memberId}-${this.subscriptions.size}-${Date.now().toString(36)}`,
      pollIntervalMs: this.options.pollIntervalMs ?? 25,
      partitionsConcurrently: this.options.partitionsConsumedConcurrently ?? 3,
      log: this.options.log ?? (() => undefined),
      onStopped: (s) => this.subscriptions.delete(s),
    });
    this.subscriptions.add(subscription);
    await subscription.start();
    return subscription;
  }

  async endOffsets(topic: string): Promise<Map<number, string>> {
    const rows: { partition: number; next: string }[] = await this.db.query(
      `SELECT partition, next_offset::text AS next FROM log_partition WHERE topic = $1 ORDER BY partition`,
      [topic],
    );
    return new Map(rows.map((r) => [r.partition, r.next]));
  }

  async committedOffsets(topic: string, groupId: string): Promise<Map<number, string>> {
    const rows: { partition: number; next: string }[] = await this.db.query(
      `SELECT partition, next_offset::text AS next FROM log_group_offset WHERE group_id = $1 AND topic = $2 ORDER BY partition`,
      [groupId, topic],
    );
    return new Map(rows.map((r) => [r.partition, r.next]));
  }

  async scanPartition(topic: string, partition: number, fromOffset: string, visit: (record: LogRecord) => void): Promise<void> {
    const [row]: { next: string }[] = await this.db.query(`SELECT next_offset::text AS next FROM log_partition WHERE topic = $1 AND partition = $2`, [topic, partition]);
    const end = row?.next ?? '0';
    for (let from = fromOffset; BigInt(from) < BigInt(end); ) {
      const rows: Array<{ offset: string; key: string; value: Buffer; headers: Record<string, string>; ts: string }> = await this.db.query(
        `SELECT "offset"::text AS offset, key, value, headers, (extract(epoch FROM appended_at) * 1000)::bigint::text AS ts
         FROM log_record WHERE topic = $1 AND partition = $2 AND log_record."offset" >= $3 AND log_record."offset" < $4 ORDER BY log_record."offset" LIMIT 1000`,
        [topic, partition, from, end],
      );
      if (rows.length === 0) return;
      for (const r of rows) visit({ topic, partition, offset: r.offset, key: r.key, value: r.value, headers: r.headers, timestamp: r.ts });
      from = (BigInt(rows[rows.length - 1].offset) + 1n).toString();
    }
  }

  async ping(): Promise<void> {
    try {
      await this.db.query('SELECT 1');
    } catch (error) {
      throw toUnavailable(error, 'ping');
    }
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((s) => s.stop()));
  }

  private async partitionCount(topic: string): Promise<number> {
    const known = this.partitionCounts.get(topic);
    if (known) return known;
    const [row] = await this.db.query(`SELECT partitions FROM log_topic WHERE name = $1`, [topic]);
    if (!row) throw new Error(`Unknown topic ${topic}: create it with ensureTopics first`);
    this.partitionCounts.set(topic, row.partitions);
    return row.partitions;
  }
}

function toUnavailable(error: unknown, what: string): Error {
  const code = (error as { code?: string }).code ?? '';
  const connection = /^(08|57P)/.test(code) || /ECONNREFUSED|ECONNRESET|terminat|Connection/i.test(String(error));
  return connection ? new LogUnavailableError(`embedded log unavailable (${what})`, error) : (error as Error);
}
