import { describe, expect, it } from '@jest/globals';
import { chartWeeks, mondayOf, stackByWeek, weeklyTotals, weeksBetween } from './activity-weeks';

describe('week bucketing', () => {
  it('names a week by its Monday, in UTC', () => {
    expect(mondayOf('2022-01-20')).toBe('2022-01-17');
    expect(mondayOf('2022-01-17')).toBe('2022-01-17');
    expect(mondayOf('2022-01-23')).toBe('2022-01-17');
    expect(mondayOf('2022-01-01')).toBe('2021-12-27');
  });

  it('lists every week in a range, quiet ones included', () => {
    expect(weeksBetween('2022-01-01', '2022-01-20')).toEqual(['2021-12-27', '2022-01-03', '2022-01-10', '2022-01-17']);
    expect(weeksBetween('2022-01-20', '2022-01-18')).toEqual(['2022-01-17']);
  });

  it('sums governorates and stacks event types in the legend order', () => {
    const buckets = [
      { period: '2022-01-17', eventType: 'Explosions/Remote violence', incidents: 2 },
      { period: '2022-01-17', eventType: 'other', incidents: 1 },
      { period: '2022-01-17', eventType: 'Battles', incidents: 1 },
      { period: '2022-01-17', eventType: 'Battles', incidents: 2 },
      { period: '2022-01-31', eventType: 'Strategic developments', incidents: 1 },
    ];
    const stacks = stackByWeek(buckets, weeksBetween('2022-01-17', '2022-01-31'));
    expect(stacks.map((s) => s.total)).toEqual([6, 0, 1]);
    expect(stacks[0].segments).toEqual([
      { eventType: 'Battles', incidents: 3, base: 0 },
      { eventType: 'Explosions/Remote violence', incidents: 2, base: 3 },
      { eventType: 'Other', incidents: 1, base: 5 },
    ]);
    expect(weeklyTotals(buckets, ['2022-01-24', '2022-01-31'])).toEqual([0, 1]);
  });

  it('spans the asked range, else the data', () => {
    expect(chartWeeks(['2022-02-07', '2022-01-17'], '', '')).toEqual(['2022-01-17', '2022-01-24', '2022-01-31', '2022-02-07']);
    expect(chartWeeks([], '2022-01-01', '2022-01-09')).toEqual(['2021-12-27', '2022-01-03']);
    expect(chartWeeks([], '', '')).toEqual([]);
  });
});
