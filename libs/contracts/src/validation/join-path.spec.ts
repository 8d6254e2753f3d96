import { describe, expect, it } from '@jest/globals';
import { joinPath } from './join-path';

describe('joinPath', () => {
  it.each([
    ['', 'op', false, 'op'],
    ['assertion', 'occurred', false, 'assertion.occurred'],
    ['sources', '2', true, 'sources[2]'],
    ['', '', false, '[""]'],
    ['license', 'a.b', false, 'license["a.b"]'],
    ['', '0', false, '["0"]'],
    ['raw', 'الحسكة', false, 'raw["الحسكة"]'],
  ])('joins %p and %p (array: %p) as %p', (parent, key, isArray, path) => {
    expect(joinPath(parent, key, isArray)).toBe(path);
  });
});
