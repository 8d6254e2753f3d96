import { describe, expect, it } from '@jest/globals';
import { partitionForKey } from '@sitrep/contracts';
import { AppendBounds } from './append-bounds';

describe('AppendBounds', () => {
  it('places each key on its murmur2 partition with that partition’s end offset as the lower bound', async () => {
    const bounds = new AppendBounds(async () => new Map([[0, '10'], [1, '20'], [2, '30']]));
    const keys = ['syr|al hasakah|2022-01-20', 'syr|aleppo|2022-03-01'];
    const at = await bounds.of(keys);
    expect(at.map((p) => p.partition)).toEqual(keys.map((k) => partitionForKey(k, 3)));
    expect(at.map((p) => p.offset)).toEqual(at.map((p) => String((p.partition + 1) * 10)));
  });

  it('reads the log at most every two seconds, and keeps the last read when a read fails', async () => {
    let reads = 0;
    const bounds = new AppendBounds(async () => {
      reads += 1;
      if (reads > 1) throw new Error('log down');
      return new Map([[0, '5']]);
    });
    await Promise.all([bounds.of(['a']), bounds.of(['b'])]);
    expect(reads).toBe(1);
    expect(await bounds.of(['a'])).toEqual([{ partition: 0, offset: '5' }]);
  });

  it('fails when the log cannot be read and nothing was read before', async () => {
    await expect(new AppendBounds(() => Promise.reject(new Error('log down'))).of(['a'])).rejects.toThrow('log down');
  });
});
