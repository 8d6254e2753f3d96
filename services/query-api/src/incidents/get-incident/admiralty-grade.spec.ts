import { describe, expect, it } from '@jest/globals';
import { admiraltyGrade } from './admiralty-grade';

describe('admiraltyGrade', () => {
  it('combines the two independent ratings and reads both', () => {
    expect(admiraltyGrade('B', 2)).toEqual({ grade: 'B2', label: 'Usually reliable; probably true' });
    expect(admiraltyGrade('F', 6)).toEqual({ grade: 'F6', label: 'Reliability cannot be judged; truth cannot be judged' });
    expect(admiraltyGrade('A', 5)).toEqual({ grade: 'A5', label: 'Completely reliable; improbable' });
  });
});
