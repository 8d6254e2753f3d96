import { describe, expect, it } from '@jest/globals';
import { parseMinGrade } from './parse-grade';

describe('parseMinGrade', () => {
  it.each([
    ['A1', ['A'], 1],
    ['B3', ['A', 'B'], 3],
    ['b3', ['A', 'B'], 3],
    [' C2 ', ['A', 'B', 'C'], 2],
    ['F6', ['A', 'B', 'C', 'D', 'E', 'F'], 6],
  ])('%s → reliability in %j and credibility ≤ %d', (text, reliabilities, credibility) => {
    expect(parseMinGrade(text)).toEqual({ ok: true, value: { reliabilities, credibility } });
  });

  it.each(['Z9', 'A0', 'A7', 'G1', 'B', '3', 'B33', 'BB', '', '3B'])('refuses %j', (text) => {
    expect(parseMinGrade(text)).toEqual({ ok: false, reason: 'must be a reliability A–F followed by a credibility 1–6, e.g. B3' });
  });
});
