import { describe, expect, it } from '@jest/globals';
import { MAX_DEPTH, findUnsafeStructure } from './find-unsafe-structure';

function nested(depth: number): unknown {
  let value: unknown = 'leaf';
  for (let i = 0; i < depth; i++) value = { next: value };
  return value;
}

describe('findUnsafeStructure', () => {
  it('finds every polluting key, with its path, however deep and in arrays', () => {
    const input = JSON.parse('{"a":[{"b":{"__proto__":{"x":1}}}],"constructor":{"prototype":{}},"c":{"prototype":1}}') as unknown;
    expect(new Set(findUnsafeStructure(input).map((issue) => issue.path))).toEqual(new Set(['a[0].b.__proto__', 'constructor', 'c.prototype']));
  });

  it("refuses the names of Object.prototype's members, which a whitelist looking fields up on an instance would take for known fields", () => {
    expect(findUnsafeStructure({ location: { toString: 'x', admin1: 'Al Hasakah' }, notes: [{ valueOf: 1 }], hasOwnProperty: true })).toEqual(
      expect.arrayContaining([
        { path: 'location.toString', reason: 'key "toString" is not allowed' },
        { path: 'notes[0].valueOf', reason: 'key "valueOf" is not allowed' },
        { path: 'hasOwnProperty', reason: 'key "hasOwnProperty" is not allowed' },
      ]),
    );
  });

  it('accepts ordinary data, including keys that merely contain the words', () => {
    expect(findUnsafeStructure({ constructorName: 'x', list: [{ proto: 1 }], prototypes: null })).toEqual([]);
  });

  it('allows the contract depth and refuses past MAX_DEPTH', () => {
    expect(findUnsafeStructure(nested(MAX_DEPTH))).toEqual([]);
    expect(findUnsafeStructure(nested(MAX_DEPTH + 2))).toHaveLength(1);
  });

  it('walks a million levels without overflowing the stack', () => {
    expect(findUnsafeStructure(nested(1_000_000))[0]?.reason).toMatch(/deeper than/);
  });

  it('stops on a cycle', () => {
    const cyclic: Record<string, unknown> = { name: 'loop' };
    cyclic['again'] = [cyclic];
    expect(findUnsafeStructure(cyclic)).toHaveLength(1);
  });

  it('ignores primitives', () => {
    expect(findUnsafeStructure('__proto__')).toEqual([]);
  });
});
