import { describe, expect, it } from '@jest/globals';
import { foldName } from './fold-name';

describe('foldName', () => {
  it.each([
    ["Al-Sina'a Prison", 'sinaa prison'],
    ['al Sinaa  prison', 'sinaa prison'],
    ['Ḥasakah', 'hasakah'],
    ['Tall Tamr / Tel Tamr', 'tall tamr tel tamr'],
    ['الحسكة', 'الحسكة'],
  ])('folds %p to %p', (name, folded) => {
    expect(foldName(name)).toBe(folded);
  });
});
