import { expect, it } from '@jest/globals';
import { partitionForKey, type LogRecord } from '@sitrep/contracts';
import { CONTRACT_PARTITIONS, positionKey, sampleRecord, sampleRecords, seqOf, type ContractContext } from './report-log-contract-harness';

/** Appending and reading back: topics, bytes, keys, order and positions. */
export function deliveryCases(ctx: () => ContractContext): void {
  it('ensureTopics is idempotent and leaves existing topics as they are', async () => {
    const log = await ctx().open();
    const topic = await ctx().freshTopic(log, 'ensure');
    await log.append(topic, sampleRecords(0, 3));
    const other = `${topic}_other`;
    await log.ensureTopics([ctx().spec(topic), ctx().spec(other)]);
    await log.ensureTopics([ctx().spec(topic), ctx().spec(other)]);
    const ends = await log.endOffsets(topic);
    expect([...ends.keys()].sort()).toEqual([0, 1, 2]);
    expect([...ends.values()].reduce((sum, end) => sum + Number(end), 0)).toBe(3);
    expect(await log.endOffsets(other)).toEqual(new Map([[0, '0'], [1, '0'], [2, '0']]));
  });

  it('delivers every record once, byte for byte, keeping each key on one partition in order', async () => {
    const log = await ctx().open();
    const topic = await ctx().freshTopic(log, 'roundtrip');
    const sent = sampleRecords(0, 60);
    for (let i = 0; i < sent.length; i += 20) await log.append(topic, sent.slice(i, i + 20));
    const received = await ctx().consume(log, topic, sent.length);

    expect(received).toHaveLength(sent.length);
    expect(new Set(received.map(positionKey)).size).toBe(sent.length);
    for (const record of received) {
      const original = sent[seqOf(record)];
      expect(record.topic).toBe(topic);
      expect(record.key).toBe(original.key);
      expect(record.value.equals(original.value)).toBe(true);
      expect(record.headers).toEqual(original.headers);
      expect(record.partition).toBe(partitionForKey(original.key, CONTRACT_PARTITIONS));
      expect(Number.isFinite(Number(record.timestamp))).toBe(true);
    }
    expect(new Set(received.map((r) => r.partition)).size).toBe(CONTRACT_PARTITIONS);
    for (const [key, records] of groupByKey(received)) {
      const expected = sent.map((r, seq) => ({ r, seq })).filter(({ r }) => r.key === key).map(({ seq }) => seq);
      expect(records.map(seqOf)).toEqual(expected);
    }
  });

  it('returns, in input order, the positions the consumer then sees', async () => {
    const log = await ctx().open();
    const topic = await ctx().freshTopic(log, 'positions');
    const first = await log.append(topic, sampleRecords(0, 25));
    const second = await log.append(topic, sampleRecords(25, 20));
    const positions = [...first, ...second];
    expect(positions).toHaveLength(45);
    positions.forEach((p, seq) => expect(p.partition).toBe(partitionForKey(sampleRecords(seq, 1)[0].key, CONTRACT_PARTITIONS)));
    for (let partition = 0; partition < CONTRACT_PARTITIONS; partition++) {
      const offsets = positions.filter((p) => p.partition === partition).map((p) => Number(p.offset));
      expect(offsets).toEqual(offsets.map((_, i) => i));
    }
    const received = await ctx().consume(log, topic, positions.length);
    for (const record of received) {
      expect(positionKey(record)).toBe(positionKey(positions[seqOf(record)]));
    }
    expect(await log.append(topic, [])).toEqual([]);
  });

  it('reports end offsets equal to what was appended per partition', async () => {
    const log = await ctx().open();
    const topic = await ctx().freshTopic(log, 'ends');
    expect(await log.endOffsets(topic)).toEqual(new Map([[0, '0'], [1, '0'], [2, '0']]));
    const positions = [...(await log.append(topic, sampleRecords(0, 17))), ...(await log.append(topic, sampleRecords(17, 13)))];
    const expected = new Map<number, string>();
    for (let partition = 0; partition < CONTRACT_PARTITIONS; partition++) {
      expected.set(partition, String(positions.filter((p) => p.partition === partition).length));
    }
    expect(await log.endOffsets(topic)).toEqual(expected);
  });

  it('scans one partition from an offset to its end, in order, byte for byte, nothing else', async () => {
    const log = await ctx().open();
    const topic = await ctx().freshTopic(log, 'scan');
    const sent = sampleRecords(0, 30);
    const positions = await log.append(topic, sent);
    const partition = positions[0].partition;
    const mine = positions.map((p, seq) => ({ ...p, seq })).filter((p) => p.partition === partition);
    const scanned: LogRecord[] = [];
    await log.scanPartition(topic, partition, mine[2].offset, (record) => scanned.push(record));
    expect(scanned.map((r) => r.offset)).toEqual(mine.slice(2).map((p) => p.offset));
    expect(scanned.map(seqOf)).toEqual(mine.slice(2).map((p) => p.seq));
    expect(scanned.every((r) => r.partition === partition && r.topic === topic && r.value.equals(sent[seqOf(r)].value))).toBe(true);
    const none: LogRecord[] = [];
    await log.scanPartition(topic, partition, String(mine.length), (record) => none.push(record));
    expect(none).toEqual([]);
  });

  it('fills batches up to maxBatchSize when that many report-sized records wait, and never beyond', async () => {
    // A fetch sized for the client's defaults (1 MiB per partition) would silently cap batches of
    // ~1.7 KB records near 600, whatever maxBatchSize asks for.
    const log = await ctx().open();
    const topic = await ctx().freshTopic(log, 'bigbatch');
    const padded = (seq: number) => ({ ...sampleRecord(seq), value: Buffer.from(JSON.stringify({ seq, pad: 'x'.repeat(1_700) })) });
    const sent = Array.from({ length: 3_600 }, (_, seq) => padded(seq));
    for (let i = 0; i < sent.length; i += 600) await log.append(topic, sent.slice(i, i + 600));
    const sizes: number[] = [];
    const received = await ctx().consume(log, topic, sent.length, { maxBatchSize: 1_100, handleBatch: async (batch) => void sizes.push(batch.records.length) });
    expect(new Set(received.map(positionKey)).size).toBe(sent.length);
    expect(Math.max(...sizes)).toBe(1_100);
  });
}

function groupByKey(records: LogRecord[]): Map<string, LogRecord[]> {
  const byKey = new Map<string, LogRecord[]>();
  for (const record of records) byKey.set(record.key, [...(byKey.get(record.key) ?? []), record]);
  return byKey;
}
