import { expect, it } from '@jest/globals';
import type { LogBatch, LogRecord } from '@sitrep/contracts';
import { positionKey, sampleRecords, waitFor, type ContractContext } from './report-log-contract-harness';
import { ContractPositionStore } from './report-log-contract-store';

/** Stopping, crashing and failing consumers: nothing lost, nothing applied twice. */
export function recoveryCases(ctx: () => ContractContext): void {
  it('resumes a group exactly after the positions its consumer stored, even behind its committed offsets', async () => {
    const log = await ctx().open();
    const topic = await ctx().freshTopic(log, 'resume');
    const positions = await log.append(topic, sampleRecords(0, 45));
    const store = new ContractPositionStore();
    const groupId = ctx().group('resume');
    const reachedTen = new Set<number>();
    // Applies offsets 0-4 of each partition and acknowledges 5-9 without applying them (so the
    // group may commit past the stored position 5); a call reaching offset 10 fails, so nothing
    // from there on is committed.
    const first = await ctx().subscribe(log, {
      topic, groupId, maxBatchSize: 5, storedPositions: store.storedPositions,
      handleBatch: async (batch) => {
        if (batch.records.some((r) => BigInt(r.offset) >= 10n)) {
          reachedTen.add(batch.partition);
          throw new Error('stopping here');
        }
        applyWhile(store, { ...batch, records: batch.records.filter((r) => BigInt(r.offset) < 5n) }, () => true);
      },
    });
    await waitFor('every partition handled up to offset 10', () => reachedTen.size === 3);
    await first.stop();
    expect(store.size).toBe(15);

    const later = await ctx().open();
    const resumed: LogRecord[] = [];
    const second = await ctx().subscribe(later, {
      topic, groupId, maxBatchSize: 4, storedPositions: store.storedPositions,
      handleBatch: async (batch) => {
        resumed.push(...batch.records);
        applyWhile(store, batch, () => true);
      },
    });
    await waitFor('all 45 records applied', () => store.size >= 45);
    await second.stop();
    expect(store.size).toBe(45);
    expect(resumed.map(positionKey).sort()).toEqual(positions.filter((p) => BigInt(p.offset) >= 5n).map(positionKey).sort());
    expect(store.belowAssigned).toBe(0);
    expect(store.skipped).toBe(0);
  });

  it('after a crash mid-batch, a new instance finishes the topic with each record applied once', async () => {
    const crashed = await ctx().open();
    const topic = await ctx().freshTopic(crashed, 'crash');
    await crashed.append(topic, sampleRecords(0, 40));
    const store = new ContractPositionStore();
    const groupId = ctx().group('crash');
    let dead = false;
    await ctx().subscribe(crashed, {
      topic, groupId, maxBatchSize: 6, storedPositions: store.storedPositions,
      handleBatch: async (batch) => {
        if (dead) throw new Error('the process is gone');
        if (store.size < 10) return applyWhile(store, batch, () => true);
        applyWhile(store, { ...batch, records: batch.records.slice(0, Math.ceil(batch.records.length / 2)) }, () => true);
        dead = true;
        throw new Error('crash half-way through a batch');
      },
    });
    await waitFor('the crash', () => dead);
    await crashed.close();
    await finishWithFreshInstance(ctx(), topic, groupId, store, 40);
  });

  it('when an instance is closed while a handler is applying, the applied batch is not delivered again', async () => {
    const crashed = await ctx().open();
    const topic = await ctx().freshTopic(crashed, 'abandon');
    await crashed.append(topic, sampleRecords(0, 40));
    const store = new ContractPositionStore();
    const groupId = ctx().group('abandon');
    let release = (): void => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    let stuck = false;
    await ctx().subscribe(crashed, {
      topic, groupId, maxBatchSize: 6, storedPositions: store.storedPositions,
      handleBatch: async (batch) => {
        applyWhile(store, batch, () => true);
        if (store.size < 10 || stuck) return;
        stuck = true; // applied and "committed to PostgreSQL", but the process dies before Kafka commits
        await released;
      },
    });
    await waitFor('a handler stuck after applying', () => stuck);
    const closing = crashed.close();
    release();
    await closing;
    await finishWithFreshInstance(ctx(), topic, groupId, store, 40);
  });

  it('delivers a failing batch again, handing on nothing after it until it succeeds', async () => {
    const log = await ctx().open();
    const topic = await ctx().freshTopic(log, 'retry');
    const positions = await log.append(topic, sampleRecords(0, 30));
    const failing = positions[0].partition;
    const ofFailing = positions.filter((p) => p.partition === failing).length;
    const groupId = ctx().group('retry');
    const attempts = new Map<string, number>();
    const handled: LogRecord[] = [];
    const failedCalls: LogRecord[][] = [];
    let failuresLeft = Number.POSITIVE_INFINITY;
    const options = {
      topic, groupId, maxBatchSize: 3,
      handleBatch: async (batch: LogBatch) => {
        for (const r of batch.records) attempts.set(positionKey(r), (attempts.get(positionKey(r)) ?? 0) + 1);
        if (batch.partition === failing && failuresLeft-- > 0) {
          failedCalls.push(batch.records);
          throw new Error('database briefly unavailable');
        }
        handled.push(...batch.records);
      },
    };
    const first = await ctx().subscribe(log, options);
    const firstKey = positionKey({ partition: failing, offset: '0' });
    await waitFor('three attempts and the healthy partitions', () => (attempts.get(firstKey) ?? 0) >= 3 && handled.length >= 30 - ofFailing);
    await first.stop();
    // Every attempt on the failing partition started at its first record; nothing after the
    // failing batch was handed on.
    expect(failedCalls.every((records) => records[0].offset === '0')).toBe(true);
    const attemptedOnFailing = [...attempts.keys()].filter((k) => k.startsWith(`${failing}:`));
    expect(attemptedOnFailing.every((k) => Number(k.split(':')[1]) < 3)).toBe(true);
    expect(handled.every((r) => r.partition !== failing)).toBe(true);

    // Nothing of the failing partition was committed: the next consumer starts it at offset 0,
    // fails twice more, then succeeds; the healthy partitions are not delivered again.
    handled.length = 0;
    attempts.clear();
    failuresLeft = 2;
    const second = await ctx().subscribe(log, options);
    await waitFor('the failing partition, finally', () => handled.length >= ofFailing);
    await second.stop();
    expect(handled.map((r) => r.partition)).toEqual(Array(ofFailing).fill(failing));
    expect(handled.map((r) => Number(r.offset))).toEqual([...Array(ofFailing).keys()]);
    expect(attempts.get(firstKey)).toBe(3);
  });
}

function applyWhile(store: ContractPositionStore, batch: LogBatch, more: () => boolean): void {
  for (const record of batch.records) if (more()) store.apply(record);
}

async function finishWithFreshInstance(ctx: ContractContext, topic: string, groupId: string, store: ContractPositionStore, total: number) {
  const fresh = await ctx.open();
  const before = store.size;
  const subscription = await ctx.subscribe(fresh, {
    topic, groupId, maxBatchSize: 6, storedPositions: store.storedPositions,
    handleBatch: async (batch) => applyWhile(store, batch, () => true),
  });
  await waitFor(`all ${total} records applied`, () => store.size >= total);
  await subscription.stop();
  expect(before).toBeGreaterThanOrEqual(10);
  expect(store.size).toBe(total);
  expect(store.belowAssigned).toBe(0);
  expect([...store.applied.values()].every((r) => r.topic === topic)).toBe(true);
}
