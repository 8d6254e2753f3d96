import { describe, expect, it } from '@jest/globals';
import { recordPositions } from './record-positions';

describe('recordPositions', () => {
  it('numbers records per partition from the base offset, in input order', () => {
    const positions = recordPositions(
      [2, 0, 2, 2, 0],
      [
        { partition: 0, baseOffset: '10' },
        { partition: 2, baseOffset: '7' },
      ],
    );
    expect(positions).toEqual([
      { partition: 2, offset: '7' },
      { partition: 0, offset: '10' },
      { partition: 2, offset: '8' },
      { partition: 2, offset: '9' },
      { partition: 0, offset: '11' },
    ]);
  });

  it('keeps int64 offsets exact beyond 2^53', () => {
    expect(recordPositions([0, 0], [{ partition: 0, baseOffset: '9007199254740993' }])).toEqual([
      { partition: 0, offset: '9007199254740993' },
      { partition: 0, offset: '9007199254740994' },
    ]);
  });

  it('refuses to guess when a partition was not acknowledged', () => {
    expect(() => recordPositions([1], [{ partition: 0, baseOffset: '0' }])).toThrow('partition 1');
  });
});
