import { describe, expect, it } from '@jest/globals';
import { buildQuery } from '../api/query-string';
import { activeFilterCount, filterProblem, filtersFromParams, NO_FILTERS, timelineParams } from './timeline-filters';

describe('timeline filters', () => {
  const hasakahJanuary = { ...NO_FILTERS, admin1: 'SY-HA', from: '2022-01-01', to: '2022-01-31', actor: 'داعش' };

  it('become the query API parameters, blanks and the default order left out', () => {
    expect(buildQuery(timelineParams(hasakahJanuary))).toBe(`?from=2022-01-01&to=2022-01-31&admin1=SY-HA&actor=${encodeURIComponent('داعش')}`);
    expect(buildQuery(timelineParams({ ...NO_FILTERS, order: 'occurred_asc', asOf: '2022-01-21' }))).toBe('?asOf=2022-01-21&order=occurred_asc');
  });

  it('round-trip through a URL', () => {
    const search = new URLSearchParams(buildQuery(timelineParams(hasakahJanuary)));
    expect(filtersFromParams(search)).toEqual(hasakahJanuary);
    expect(filtersFromParams(new URLSearchParams(''))).toEqual(NO_FILTERS);
  });

  it('refuse a range that ends before it starts', () => {
    expect(filterProblem({ ...NO_FILTERS, from: '2022-02-01', to: '2022-01-01' })).toMatch(/after/);
    expect(filterProblem(hasakahJanuary)).toBeNull();
  });

  it('count what narrows the list', () => {
    expect(activeFilterCount(hasakahJanuary)).toBe(4);
    expect(activeFilterCount({ ...NO_FILTERS, asOf: '2022-01-21', order: 'updated_desc' })).toBe(0);
  });
});
