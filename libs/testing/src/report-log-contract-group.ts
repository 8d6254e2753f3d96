import { expect, it } from '@jest/globals';
import type { LogRecord, ReportLog } from '@sitrep/contracts';
import { CONTRACT_PARTITIONS, sampleRecords, waitFor, type ContractContext } from './report-log-contract-harness';
import { ContractPositionStore } from './report-log-contract-store';

/** One group scaled over two instances: partitions are shared, no record is handled twice. */
export function groupCases(ctx: () => ContractContext): void {
  it('shares partitions between two instances of one group without handling a record twice', async () => {
    const [a, b] = [await ctx().open(), await ctx().open()];
    const topic = await ctx().freshTopic(a, 'group');
    await a.append(topic, sampleRecords(0, 30));
    const store = new ContractPositionStore();
    const groupId = ctx().group('group');
    const member = (log: ReportLog) => {
      const state = { handled: [] as LogRecord[], owns: new Set<number>() };
      const subscribing = ctx().subscribe(log, {
        topic, groupId, maxBatchSize: 5, storedPositions: store.storedPositions,
        onAssigned: (partitions) => partitions.forEach((p) => state.owns.add(p)),
        onRevoked: (partitions) => partitions.forEach((p) => state.owns.delete(p)),
        handleBatch: async (batch) => {
          state.handled.push(...batch.records);
          for (const record of batch.records) store.apply(record);
        },
      });
      return { state, subscribing };
    };

    const first = member(a);
    await first.subscribing;
    await waitFor('the first instance to apply some records', () => store.size >= 10);
    const second = member(b);
    await second.subscribing;
    await waitFor(
      'the partitions to be split between both instances',
      () => first.state.owns.size > 0 && second.state.owns.size > 0 && first.state.owns.size + second.state.owns.size === CONTRACT_PARTITIONS,
    );
    expect([...first.state.owns].filter((p) => second.state.owns.has(p))).toEqual([]);
    await b.append(topic, sampleRecords(30, 30));
    await waitFor('all 60 records applied', () => store.size >= 60);

    expect(store.size).toBe(60);
    expect(first.state.handled.length + second.state.handled.length).toBe(60);
    expect(second.state.handled.length).toBeGreaterThan(0);
    expect(second.state.handled.every((r) => second.state.owns.has(r.partition))).toBe(true);
    expect(store.belowAssigned).toBe(0);
    // Each handled batch was committed by the member that owned its partition.
    await waitFor('the group to commit every partition', async () => {
      const committed = await a.committedOffsets(topic, groupId);
      return [...store.positions].every(([p, next]) => committed.get(p) === next.toString());
    });
    expect((await b.committedOffsets(topic, ctx().group('never-subscribed'))).size).toBe(0);
  });
}
