import type { Fatalities } from '@sitrep/contracts';

/**
 * Fatalities across reports, ACLED-style conservative: `best` is the lowest best estimate, `low`
 * the lowest figure and `high` the highest figure anyone gave. Reports without figures are ignored.
 */
export function mergeFatalities(figures: Fatalities[]): Fatalities {
  const bests = figures.flatMap((f) => (f.best === undefined ? [] : [f.best]));
  const lows = figures.flatMap((f) => [f.low ?? f.best].filter(isNumber));
  const highs = figures.flatMap((f) => [f.high ?? f.best].filter(isNumber));
  return {
    ...(bests.length > 0 && { best: Math.min(...bests) }),
    ...(lows.length > 0 && { low: Math.min(...lows) }),
    ...(highs.length > 0 && { high: Math.max(...highs) }),
  };
}

function isNumber(value: number | undefined): value is number {
  return value !== undefined;
}
