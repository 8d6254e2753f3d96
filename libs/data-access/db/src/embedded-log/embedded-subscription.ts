import type { LogRecord, LogSubscription, SubscribeOptions } from '@sitrep/contracts';
import type { DataSource, QueryRunner } from 'typeorm';
import { GroupMembership } from './group-membership';
import { settleConcurrently } from './settle-concurrently';

export interface EmbeddedSubscriptionSettings {
  memberId: string;
  pollIntervalMs: number;
  /** Partitions whose batches are handled at once; one partition's batches never overlap. */
  partitionsConcurrently: number;
  log: (message: string) => void;
  onStopped: (subscription: EmbeddedSubscription) => void;
}

interface FetchedRow {
  offset: string;
  key: string;
  value: Buffer;
  headers: Record<string, string>;
  ts: string;
}

const MAX_BACKOFF_MS = 5_000;

/** One consumer-group member: owns some partitions, hands their records over in offset order. */
export class EmbeddedSubscription implements LogSubscription {
  private runner?: QueryRunner;
  private membership?: GroupMembership;
  private readonly next = new Map<number, bigint>();
  private stopping = false;
  private loop?: Promise<void>;
  private readonly failures = new Map<number, number>();
  private readonly retryAt = new Map<number, number>();
  private loopErrors = 0;

  constructor(
    private readonly db: DataSource,
    private readonly options: SubscribeOptions,
    private readonly partitions: number,
    private readonly settings: EmbeddedSubscriptionSettings,
  ) {}

  async start(): Promise<void> {
    this.runner = this.db.createQueryRunner();
    await this.runner.connect();
    this.membership = new GroupMembership(this.runner, this.options.groupId, this.options.topic, this.settings.memberId, this.partitions);
    await this.rebalance();
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    if (this.stopping) return this.loop;
    this.stopping = true;
    await this.loop;
    const released = (await this.membership?.leave()) ?? [];
    if (released.length > 0) this.options.onRevoked?.(released);
    await this.runner?.release();
    this.settings.onStopped(this);
  }

  private async run(): Promise<void> {
    let lastRebalance = Date.now();
    while (!this.stopping) {
      try {
        if (Date.now() - lastRebalance > 1_000) {
          await this.rebalance();
          lastRebalance = Date.now();
        }
        const handled = await this.pollOnce();
        this.loopErrors = 0;
        if (!handled) await sleep(this.settings.pollIntervalMs);
      } catch (error) {
        // The database itself failed (fetch, commit, heartbeat): back off, then carry on.
        this.loopErrors += 1;
        const backoff = Math.min(MAX_BACKOFF_MS, 50 * 2 ** this.loopErrors);
        this.settings.log(`consumer ${this.options.groupId} on ${this.options.topic}: ${String(error)}; retrying in ${backoff} ms`);
        await sleep(backoff);
      }
    }
  }

  /**
   * Kafka's eager protocol, so both adapters behave alike: when the assignment changes, every owned
   * partition is revoked, then the whole new assignment is handed over and every position re-read.
   */
  private async rebalance(): Promise<void> {
    const membership = this.membership;
    if (!membership) return;
    const previous = [...this.next.keys()];
    const { assigned, revoked } = await membership.heartbeat();
    if (assigned.length === 0 && revoked.length === 0) return;
    this.next.clear();
    this.retryAt.clear();
    if (previous.length > 0) this.options.onRevoked?.(previous);
    const owned = membership.ownedPartitions();
    if (owned.length === 0) return;
    this.options.onAssigned?.(owned);
    const committed = await this.committedPositions(owned);
    const stored = (await this.options.storedPositions?.(owned)) ?? new Map<number, string>();
    for (const p of owned) this.next.set(p, BigInt(stored.get(p) ?? committed.get(p) ?? '0'));
  }

  /**
   * Handles at most one batch per owned partition, up to `partitionsConcurrently` partitions at
   * once (so the handler's CPU and the database overlap); true when anything was handled. A
   * failing partition is retried after a back-off without holding up the others, and nothing
   * after the failed batch is handed over until it succeeds. Every partition's step settles
   * before this returns: rebalances and stop() never run beside a batch.
   */
  private async pollOnce(): Promise<boolean> {
    const due = [...this.next.entries()].filter(([partition]) => (this.retryAt.get(partition) ?? 0) <= Date.now());
    const outcomes = await settleConcurrently(due, this.settings.partitionsConcurrently, ([partition, from]) => this.pollPartition(partition, from));
    const failed = outcomes.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
    // The database itself failed (fetch or commit): the loop backs off, as it did when serial.
    if (failed !== undefined) throw failed.reason;
    return outcomes.some((outcome) => outcome.status === 'fulfilled' && outcome.value);
  }

  private async pollPartition(partition: number, from: bigint): Promise<boolean> {
    if (this.stopping) return false;
    const records = await this.fetch(partition, from);
    if (records.length === 0) return false;
    try {
      await this.options.handleBatch({ topic: this.options.topic, partition, records });
    } catch (error) {
      this.deferPartition(partition, error);
      return false;
    }
    this.failures.delete(partition);
    this.retryAt.delete(partition);
    const nextOffset = BigInt(records[records.length - 1].offset) + 1n;
    await this.commit(partition, nextOffset);
    if (this.next.has(partition)) this.next.set(partition, nextOffset);
    return true;
  }

  private deferPartition(partition: number, error: unknown): void {
    const failures = (this.failures.get(partition) ?? 0) + 1;
    const backoff = Math.min(MAX_BACKOFF_MS, 50 * 2 ** failures);
    this.failures.set(partition, failures);
    this.retryAt.set(partition, Date.now() + backoff);
    this.settings.log(`consumer ${this.options.groupId} on ${this.options.topic}[${partition}]: batch failed, retrying in ${backoff} ms: ${String(error)}`);
  }

  private async fetch(partition: number, from: bigint): Promise<LogRecord[]> {
    const rows: FetchedRow[] = await this.db.query(
      `SELECT "offset"::text AS offset, key, value, headers, (extract(epoch FROM appended_at) * 1000)::bigint::text AS ts
       FROM log_record WHERE topic = $1 AND partition = $2 AND log_record."offset" >= $3 ORDER BY log_record."offset" LIMIT $4`,
      [this.options.topic, partition, from.toString(), this.options.maxBatchSize ?? 500],
    );
    return rows.map((r) => ({ topic: this.options.topic, partition, offset: r.offset, key: r.key, value: r.value, headers: r.headers, timestamp: r.ts }));
  }

  private async commit(partition: number, nextOffset: bigint): Promise<void> {
    await this.db.query(
      `INSERT INTO log_group_offset (group_id, topic, partition, next_offset) VALUES ($1, $2, $3, $4)
       ON CONFLICT (group_id, topic, partition) DO UPDATE SET next_offset = EXCLUDED.next_offset, committed_at = now()`,
      [this.options.groupId, this.options.topic, partition, nextOffset.toString()],
    );
  }

  private async committedPositions(partitions: number[]): Promise<Map<number, string>> {
    const rows: { partition: number; next: string }[] = await this.db.query(
      `SELECT partition, next_offset::text AS next FROM log_group_offset WHERE group_id = $1 AND topic = $2 AND partition = ANY($3)`,
      [this.options.groupId, this.options.topic, partitions],
    );
    return new Map(rows.map((r) => [r.partition, r.next]));
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
