import { describe, expect, it } from '@jest/globals';
import { NO_FILTERS } from '../timeline/timeline-filters';
import { formatRoute, HOME, parseRoute } from './route';

describe('route', () => {
  it('round-trips tab, filters and the open incident', () => {
    const route = { tab: 'incidents' as const, filters: { ...NO_FILTERS, admin1: 'SY-HA', q: 'prison' }, incident: 'inc-1' };
    expect(formatRoute(route)).toBe('#/incidents?admin1=SY-HA&q=prison&incident=inc-1');
    expect(parseRoute(formatRoute(route))).toEqual(route);
  });

  it('falls back to the incidents tab on an empty or unknown address', () => {
    expect(parseRoute('')).toEqual(HOME);
    expect(parseRoute('#/nowhere?x=1')).toEqual(HOME);
    expect(parseRoute('#/alerts').tab).toBe('alerts');
  });
});
