import { describe, expect, it } from '@jest/globals';
import { readBacktestWindow } from './backtest-window';

const NOW = '2026-11-26T00:00:00.000Z';

describe('readBacktestWindow', () => {
  it('reads dates as UTC midnights and times with their offsets; to defaults to now', () => {
    expect(readBacktestWindow({ from: '2022-01-01', to: '2022-02-01' }, NOW)).toEqual({ ok: true, from: '2022-01-01T00:00:00.000Z', to: '2022-02-01T00:00:00.000Z' });
    expect(readBacktestWindow({ from: '2026-11-01T03:00:00+03:00' }, NOW)).toEqual({ ok: true, from: '2026-11-01T00:00:00.000Z', to: NOW });
  });

  it('refuses what is missing, malformed, reversed, too long or unknown', () => {
    const paths = (query: Record<string, unknown>) => {
      const w = readBacktestWindow(query, NOW);
      return w.ok ? [] : w.issues.map((i) => i.path);
    };
    expect(paths({})).toEqual(['from']);
    expect(paths({ from: 'yesterday', to: '2022-01-01T00:00:00' })).toEqual(['from', 'to']);
    expect(paths({ from: '2022-02-01', to: '2022-01-01' })).toEqual(['from']);
    expect(paths({ from: '2020-01-01', to: '2022-01-01' })).toEqual(['to']);
    expect(paths({ from: '2022-01-01', since: '2021' })).toEqual(['since']);
  });
});
