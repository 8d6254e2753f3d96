import { describe, expect, it } from '@jest/globals';
import { bestSourceGrade, countDistinctSources } from './source-grading';
import { mergeActors } from './merge-actors';
import { mergeFatalities } from './merge-fatalities';
import { ISIS, SDF, source } from './testing/report-fixtures';

describe('bestSourceGrade', () => {
  it('takes the best reliability and the best credibility independently', () => {
    expect(bestSourceGrade([source('SOHR', 'C2'), source('Rudaw', 'B3'), source('unknown channel', 'F6')])).toBe('B2');
  });

  it('is undefined without sources', () => {
    expect(bestSourceGrade([])).toBeUndefined();
  });
});

describe('countDistinctSources', () => {
  it('counts one article cited twice once', () => {
    expect(countDistinctSources([source('Rudaw', 'B2', 'https://rudaw.net/x'), source('Rudaw English', 'B2', 'https://rudaw.net/x'), source('SOHR', 'C3')])).toBe(2);
  });
});

describe('mergeFatalities', () => {
  it('keeps the lowest best estimate and the widest range (ACLED conservative)', () => {
    expect(mergeFatalities([{ best: 28 }, { best: 40, low: 30, high: 50 }, {}])).toEqual({ best: 28, low: 28, high: 50 });
  });

  it('has no figures when no report gives any', () => {
    expect(mergeFatalities([{}])).toEqual({});
  });
});

describe('mergeActors', () => {
  it('groups by actor id, lets an unresolved namesake join, and keeps other unresolved names apart', () => {
    const actors = mergeActors([ISIS, SDF, { role: 'side_b', nameAsReported: 'syrian democratic forces' }, { role: 'actor1', nameAsReported: 'Daesh' }]);
    expect(actors).toEqual([
      { key: 'name:daesh', name: 'Daesh', roles: ['actor1'] },
      { key: 'ucdp:234', actorId: 'ucdp:234', name: 'Islamic State (ISIS)', roles: ['actor1'] },
      { key: 'ucdp:6288', actorId: 'ucdp:6288', name: 'Syrian Democratic Forces', roles: ['actor2', 'side_b'] },
    ]);
  });
});
