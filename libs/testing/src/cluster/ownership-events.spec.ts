import { describe, expect, it } from '@jest/globals';
import { countRebalances, parseOwnershipEvents, rebalanceCost } from './ownership-events';

const line = (time: number, msg: string) => JSON.stringify({ level: 30, time, instance: 'x', context: 'PartitionOwnership', msg });
const G = 'sitrep-stream-processor';

describe('ownership events and the cost of a rebalance', () => {
  const log = [
    line(1_000, `p-1 assigned sitrep.reports.v1 [0, 1, 2, 3] in ${G}`),
    'not json',
    line(1_000, `p-2 assigned sitrep.reports.v1 [] in ${G}`),
    line(5_000, `p-1 revoked sitrep.reports.v1 [0, 1, 2, 3] in ${G}`),
    line(5_100, `p-2 revoked sitrep.reports.v1 [] in ${G}`),
    line(6_000, `p-2 assigned sitrep.reports.v1 [2, 3] in ${G}`),
    line(6_200, `p-1 assigned sitrep.reports.v1 [0, 1] in ${G}`),
    line(6_300, `p-1 assigned sitrep.reports.v1 [0] in sitrep-rebuild-rm_2`),
  ].join('\n');

  it('reads assignments and revocations with their time, instance and group', () => {
    const events = parseOwnershipEvents(log);
    expect(events).toHaveLength(7);
    expect(events[0]).toEqual({ at: 1_000, instance: 'p-1', kind: 'assigned', partitions: [0, 1, 2, 3], groupId: G });
    expect(events[1].partitions).toEqual([]);
  });

  it('measures the time to a full assignment and the pause of moved and untouched partitions', () => {
    const cost = rebalanceCost(parseOwnershipEvents(log), { label: 'p-2 joins', at: 4_500, groupId: G }, 4);
    expect(cost).toEqual({
      label: 'p-2 joins',
      fullyAssignedMs: 1_700,
      firstRevokedMs: 500,
      pauses: [
        { partition: 0, from: 'p-1', to: 'p-1', pauseMs: 1_200, moved: false },
        { partition: 1, from: 'p-1', to: 'p-1', pauseMs: 1_200, moved: false },
        { partition: 2, from: 'p-1', to: 'p-2', pauseMs: 1_000, moved: true },
        { partition: 3, from: 'p-1', to: 'p-2', pauseMs: 1_000, moved: true },
      ],
    });
  });

  it('counts from the trigger for partitions whose owner died without revoking, and gives up when not all were assigned', () => {
    const crash = [line(1_000, `p-1 assigned t [0] in ${G}`), line(1_000, `p-2 assigned t [1] in ${G}`), line(9_000, `p-2 revoked t [1] in ${G}`), line(9_500, `p-2 assigned t [0, 1] in ${G}`)].join('\n');
    expect(rebalanceCost(parseOwnershipEvents(crash), { label: 'kill p-1', at: 2_000, groupId: G }, 2)?.pauses).toEqual([
      { partition: 0, from: 'p-1', to: 'p-2', pauseMs: 7_500, moved: true },
      { partition: 1, from: 'p-2', to: 'p-2', pauseMs: 500, moved: false },
    ]);
    expect(rebalanceCost(parseOwnershipEvents(crash), { label: 'x', at: 2_000, groupId: G }, 3)).toBeUndefined();
  });

  it('counts rebalances as bursts of assignments in one group', () => {
    expect(countRebalances(parseOwnershipEvents(log), G)).toBe(2);
    expect(countRebalances(parseOwnershipEvents(log), 'sitrep-rebuild-rm_2')).toBe(1);
  });
});
