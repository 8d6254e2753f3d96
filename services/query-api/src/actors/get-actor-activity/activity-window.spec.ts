import { describe, expect, it } from '@jest/globals';
import { compareWithBaseline, parseWindow } from './activity-window';

describe('parseWindow', () => {
  it('reads days', () => {
    expect(parseWindow('7d')).toEqual({ ok: true, value: 7 });
    expect(parseWindow('365d')).toEqual({ ok: true, value: 365 });
  });
  it.each(['0d', '366d', '7', 'd', '1w', '-1d', '7 d'])('refuses %j', (text) => {
    expect(parseWindow(text)).toMatchObject({ ok: false });
  });
});

describe('compareWithBaseline', () => {
  const counts = { end: '2022-01-22', current: { incidents: 2, fatalities: 2 }, baseline: { incidents: 15, fatalities: 0 } };

  it('compares the window with the daily average of the 30 days before it, times its length', () => {
    expect(compareWithBaseline(counts, 7)).toEqual({
      window: '7d', start: '2022-01-16', end: '2022-01-22', incidents: 2, fatalities: 2,
      baseline: { start: '2021-12-17', end: '2022-01-15', days: 30, incidents: 15, fatalities: 0, dailyAverage: 0.5 },
      expected: 3.5, ratio: 0.571,
    });
  });

  it('has no ratio against an empty baseline', () => {
    expect(compareWithBaseline({ ...counts, baseline: { incidents: 0, fatalities: 0 } }, 7)).toMatchObject({ expected: 0, ratio: null });
  });

  it('crosses month and leap-year boundaries by calendar days', () => {
    expect(compareWithBaseline({ ...counts, end: '2024-03-01' }, 1)).toMatchObject({ start: '2024-03-01', baseline: { start: '2024-01-31', end: '2024-02-29' } });
  });
});
