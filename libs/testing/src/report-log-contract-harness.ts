import type { AppendRecord, LogRecord, LogSubscription, ReportLog, SubscribeOptions, TopicSpec } from '@sitrep/contracts';
import { uniqueName } from './environment';

/** Long enough for a consumer-group rebalance on a loaded CI machine, short enough to fail fast. */
export const CONTRACT_WAIT_MS = 30_000;
export const CONTRACT_PARTITIONS = 3;

/**
 * Keys as the ingest service builds them (country | admin1 | day), some in Arabic. Chosen so that
 * they spread over all three partitions (asserted by the suite, not assumed).
 */
export const CONTRACT_KEYS = [
  'syr|aleppo|2022-01-01',
  'syr|حلب|2022-01-02',
  'syr|idlib|2022-01-01',
  'syr|إدلب|2022-01-03',
  'syr|dayr az zawr|2022-01-01',
  'syr|دير الزور|2022-01-04',
  'syr|al hasakah|2022-01-05',
  'syr|الرقة|2022-01-06',
  'syr|daraa|2022-01-07',
  'syr|homs|2022-01-08',
  'syr|hamah|2022-01-09',
  'syr|ريف دمشق|2022-01-10',
];

/** Record `seq` (also in the `seq` header): every third value is not valid UTF-8. */
export function sampleRecord(seq: number): AppendRecord {
  const value =
    seq % 3 === 0
      ? Buffer.from([0xff, 0xfe, 0x00, seq & 0xff, 0x80, 0xc3, 0x28, (seq >> 8) & 0xff])
      : seq % 3 === 1
        ? Buffer.from(`تقرير ${seq}: قصف في ريف حلب الشمالي`, 'utf8')
        : Buffer.from(JSON.stringify({ seq, note: 'shelling reported' }), 'utf8');
  return {
    key: CONTRACT_KEYS[seq % CONTRACT_KEYS.length],
    value,
    headers: { seq: String(seq), ce_type: 'sitrep.report.recorded.v1', ce_source: 'مراقب/دير الزور', ce_subject: '' },
  };
}

export function sampleRecords(from: number, count: number): AppendRecord[] {
  return Array.from({ length: count }, (_, i) => sampleRecord(from + i));
}

export const seqOf = (record: LogRecord): number => Number(record.headers.seq);
export const positionKey = (p: { partition: number; offset: string }): string => `${p.partition}:${p.offset}`;

export async function waitFor(what: string, condition: () => boolean | Promise<boolean>, timeoutMs = CONTRACT_WAIT_MS): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Logs, topics and groups of one test; `closeAll` runs after each test, whatever happened. */
export class ContractContext {
  private readonly logs: ReportLog[] = [];
  private readonly subscriptions: LogSubscription[] = [];

  constructor(private readonly makeLog: () => ReportLog | Promise<ReportLog>) {}

  async open(): Promise<ReportLog> {
    const log = await this.makeLog();
    this.logs.push(log);
    return log;
  }

  async freshTopic(log: ReportLog, prefix: string): Promise<string> {
    const name = uniqueName(`contract_${prefix}`);
    await log.ensureTopics([this.spec(name)]);
    return name;
  }

  spec(name: string): TopicSpec {
    return { name, partitions: CONTRACT_PARTITIONS, retentionMs: -1 };
  }

  group(prefix: string): string {
    return uniqueName(`contract_${prefix}_group`);
  }

  async subscribe(log: ReportLog, options: SubscribeOptions): Promise<LogSubscription> {
    const subscription = await log.subscribe(options);
    this.subscriptions.push(subscription);
    return subscription;
  }

  /**
   * Subscribes, waits until `count` distinct records were handled (each batch is shown to
   * `options.handleBatch` too), stops; returns all calls' records.
   */
  async consume(log: ReportLog, topic: string, count: number, options: Partial<SubscribeOptions> = {}): Promise<LogRecord[]> {
    const handled: LogRecord[] = [];
    const distinct = new Set<string>();
    const subscription = await this.subscribe(log, {
      topic,
      groupId: this.group('consume'),
      maxBatchSize: 7,
      ...options,
      handleBatch: async (batch) => {
        await options.handleBatch?.(batch);
        handled.push(...batch.records);
        for (const record of batch.records) distinct.add(positionKey(record));
      },
    });
    await waitFor(`${count} records of ${topic} (have ${distinct.size})`, () => distinct.size >= count);
    await subscription.stop();
    return handled;
  }

  async closeAll(): Promise<void> {
    await Promise.allSettled(this.subscriptions.splice(0).map((s) => s.stop()));
    await Promise.allSettled(this.logs.splice(0).map((log) => log.close()));
  }
}
