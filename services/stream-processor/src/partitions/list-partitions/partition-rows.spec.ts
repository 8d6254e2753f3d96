import { describe, expect, it } from '@jest/globals';
import { partitionRows } from './partition-rows';

describe('partitionRows', () => {
  it('joins end offsets, stored positions and owners per partition, with lag and who owns how many', () => {
    const ends = new Map([
      [1, '50'],
      [0, '120'],
      [2, '0'],
    ]);
    const stored = new Map([
      [0, '100'],
      [1, '50'],
    ]);
    const owners = [
      { partition: 0, instanceId: 'processor-1', since: '2026-11-25T10:00:00.000Z' },
      { partition: 1, instanceId: null, since: '2026-11-25T10:00:01.000Z' },
    ];
    expect(partitionRows(ends, stored, new Map([[0, '90']]), owners)).toEqual({
      partitions: [
        { partition: 0, owner: 'processor-1', ownerSince: '2026-11-25T10:00:00.000Z', storedPosition: '100', committedOffset: '90', endOffset: '120', lag: 20 },
        { partition: 1, owner: null, ownerSince: '2026-11-25T10:00:01.000Z', storedPosition: '50', committedOffset: null, endOffset: '50', lag: 0 },
        { partition: 2, owner: null, ownerSince: null, storedPosition: '0', committedOffset: null, endOffset: '0', lag: 0 },
      ],
      totalLag: 20,
      unowned: [1, 2],
      owners: { 'processor-1': 1 },
    });
  });

  it('never reports a negative lag (a position read after the end offsets were)', () => {
    expect(partitionRows(new Map([[0, '10']]), new Map([[0, '12']]), new Map(), []).partitions[0].lag).toBe(0);
  });
});
