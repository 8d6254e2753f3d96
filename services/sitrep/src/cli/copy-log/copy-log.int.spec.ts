import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { partitionForKey, type LogRecord, type ReportLog } from '@sitrep/contracts';
import { createScratchDatabase, EmbeddedReportLog, type ScratchDatabase } from '@sitrep/db';
import { KafkaReportLog } from '@sitrep/kafka';
import { describeWithKafkaAndPostgres, kafkaBrokers, testDatabaseUrl, uniqueName } from '@sitrep/testing';
import { copyLog } from './copy-log';

const KEYS = Array.from({ length: 40 }, (_, i) => `syr|governorate ${i % 7}|2022-01-${String((i % 28) + 1).padStart(2, '0')}`);

async function readAll(log: ReportLog, topic: string): Promise<LogRecord[]> {
  const records: LogRecord[] = [];
  for (const partition of (await log.endOffsets(topic)).keys()) await log.scanPartition(topic, partition, '0', (r) => records.push(r));
  return records;
}

describeWithKafkaAndPostgres.each(['kafka', 'embedded'] as const)('sitrep copy-log on the %s log', (kind) => {
  let db: ScratchDatabase;
  let log: ReportLog;
  beforeAll(async () => {
    db = await createScratchDatabase(testDatabaseUrl());
    log = kind === 'kafka' ? new KafkaReportLog({ brokers: kafkaBrokers(), clientId: 'copy-log-test', logger: () => undefined }) : new EmbeddedReportLog(db.dataSource, { memberId: 'copy-log-test', pollIntervalMs: 10 });
  });
  afterAll(async () => {
    await log.close();
    await db.drop();
  });

  it('copies every record into a topic with more partitions, each key in order on its new partition, and a second run copies nothing again', async () => {
    const from = uniqueName('copy_from');
    const to = uniqueName('copy_to');
    await log.ensureTopics([{ name: from, partitions: 3, retentionMs: -1 }]);
    const sent = Array.from({ length: 300 }, (_, seq) => ({ key: KEYS[seq % KEYS.length], value: Buffer.from(`record ${seq}`), headers: { seq: String(seq), ce_id: `id-${seq}` } }));
    for (let i = 0; i < sent.length; i += 50) await log.append(from, sent.slice(i, i + 50));
    const options = { from, to, partitions: 8, follow: false, say: () => undefined, checkEveryMs: 200 };

    expect((await copyLog(log, options, new Promise(() => undefined))).copied).toBe(300);
    const copied = await readAll(log, to);
    expect(copied).toHaveLength(300);
    expect((await log.endOffsets(to)).size).toBe(8);
    for (const record of copied) {
      expect(record.partition).toBe(partitionForKey(record.key, 8));
      expect(record.value.toString()).toBe(`record ${record.headers.seq}`);
    }
    for (const key of KEYS) {
      const order = copied.filter((r) => r.key === key).map((r) => Number(r.headers.seq));
      expect(order).toEqual(sent.map((r, seq) => ({ r, seq })).filter(({ r }) => r.key === key).map(({ seq }) => seq));
    }
    expect((await copyLog(log, options, new Promise(() => undefined))).copied).toBe(0);
  }, 120_000);
});
