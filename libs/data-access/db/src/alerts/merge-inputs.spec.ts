import { describe, expect, it } from '@jest/globals';
import type { AlertInput } from './alert-engine.types';
import { mergeInputs } from './merge-inputs';

const input = (partition: number, offset: number, receivedAt: string): AlertInput =>
  ({ topic: 't', partition, offset: String(offset), seq: 0, receivedAt, createdAt: receivedAt, change: {} as AlertInput['change'] });
const ids = (inputs: AlertInput[]) => inputs.map((i) => `${i.partition}@${i.offset}`);

describe('mergeInputs', () => {
  it('interleaves partitions by received time, each in its own order even when its times go back', () => {
    const p0 = [input(0, 0, '2022-01-20T10:00:00Z'), input(0, 1, '2022-01-20T09:00:00Z'), input(0, 2, '2022-01-20T12:00:00Z')];
    const p1 = [input(1, 0, '2022-01-20T11:00:00Z'), input(1, 1, '2022-01-20T11:30:00Z')];
    expect(ids(mergeInputs([p0, p1], 10))).toEqual(['0@0', '0@1', '1@0', '1@1', '0@2']);
  });

  it('takes a prefix of every partition when it stops at the limit', () => {
    const p0 = [input(0, 0, '2022-01-20T10:00:00Z'), input(0, 1, '2022-01-20T13:00:00Z')];
    const p1 = [input(1, 0, '2022-01-20T11:00:00Z'), input(1, 1, '2022-01-20T12:00:00Z')];
    expect(ids(mergeInputs([p0, p1], 3))).toEqual(['0@0', '1@0', '1@1']);
    expect(mergeInputs([], 3)).toEqual([]);
  });
});
