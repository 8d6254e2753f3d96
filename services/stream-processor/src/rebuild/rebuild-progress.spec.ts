import { describe, expect, it } from '@jest/globals';
import { coversPositions, rebuildProgress } from './rebuild-progress';

const at = (...offsets: string[]) => new Map(offsets.map((offset, partition) => [partition, offset]));

describe('rebuildProgress', () => {
  it('replays until every partition reached the end it had at the start', () => {
    expect(rebuildProgress(at('10', '3'), at('10', '7'), at('12', '7'))).toMatchObject({ phase: 'replaying', replayed: '13', target: '17' });
  });

  it('then catches up with what arrived meanwhile, and only then is ready to switch', () => {
    expect(rebuildProgress(at('10', '7'), at('10', '7'), at('12', '7')).phase).toBe('catching-up');
    expect(rebuildProgress(at('12', '7'), at('10', '7'), at('12', '7')).phase).toBe('caught-up');
  });

  it('counts a partition the log gained since the start, and an empty log as caught up', () => {
    const progress = rebuildProgress(at('5'), at('5'), at('5', '2'));
    expect(progress.phase).toBe('catching-up');
    expect(progress.partitions[1]).toEqual({ partition: 1, position: '0', startEnd: '0', end: '2' });
    expect(rebuildProgress(new Map(), at('0', '0'), at('0', '0')).phase).toBe('caught-up');
  });

  it('compares offsets as int64, not as text or doubles', () => {
    expect(rebuildProgress(at('9007199254740993'), at('9007199254740993'), at('9007199254740993')).phase).toBe('caught-up');
    expect(rebuildProgress(at('9'), at('10'), at('10')).phase).toBe('replaying');
  });
});

describe('coversPositions', () => {
  it('holds only when the rebuilt schema is at or past the live one on every partition', () => {
    expect(coversPositions(at('10', '7'), at('10', '6'))).toBe(true);
    expect(coversPositions(at('10', '5'), at('10', '6'))).toBe(false);
    expect(coversPositions(at('10'), at('10', '1'))).toBe(false);
  });
});
