import { describe, expect, it } from '@jest/globals';
import { buildQuery } from './query-string';

describe('buildQuery', () => {
  it('leaves out absent, null and blank values so the API never sees `from=`', () => {
    expect(buildQuery({ from: '', to: '   ', admin1: undefined, actor: null, q: 'prison' })).toBe('?q=prison');
    expect(buildQuery({})).toBe('');
  });

  it('repeats list parameters and keeps numbers', () => {
    expect(buildQuery({ tag: ['prison break', 'IED'], limit: 50 })).toBe('?tag=prison+break&tag=IED&limit=50');
  });

  it('encodes Arabic and punctuation, trimmed', () => {
    const query = buildQuery({ actor: ' داعش ', place: "al-Sina'a" });
    expect(new URLSearchParams(query).get('actor')).toBe('داعش');
    expect(new URLSearchParams(query).get('place')).toBe("al-Sina'a");
  });
});
