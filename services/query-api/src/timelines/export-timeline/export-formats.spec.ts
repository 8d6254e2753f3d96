import { describe, expect, it } from '@jest/globals';
import type { IncidentSummary } from '../timeline-filter/incident-summary.response';
import { CSV_HEADER, csvField, csvFormat, csvLine, geojsonFormat, ndjsonFormat } from './export-formats';

const summary = (id: string, point?: { lat: number; lon: number }): IncidentSummary => ({
  id, status: 'active', version: 1, occurred: { start: '2022-01-20', end: '2022-01-20', precision: 'day' },
  location: { country: { iso3: 'SYR' }, admin1: 'Al Hasakah', placeName: 'Al-Sina\'a Prison, "Ghwayran"', ...(point && { point }), precision: 'exact' },
  category: 'battle', actors: [{ key: 'ucdp:234', name: 'IS', roles: ['actor1'] }, { key: 'ucdp:6288', name: 'SDF', roles: ['actor2'] }],
  fatalities: { best: 28 }, tags: [], reportCount: 1, sourceCount: 1, firstReportedAt: 'a', lastUpdatedAt: 'b',
});

describe('CSV (RFC 4180)', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r', '"cr\r"'],
    ['سجن الصناعة', 'سجن الصناعة'],
    [28, '28'],
    [undefined, ''],
  ])('field %j → %j', (value, text) => {
    expect(csvField(value)).toBe(text);
  });

  it('ends each record with CRLF and writes a header first, with a BOM only when asked', () => {
    expect(csvLine(['a', 1, undefined])).toBe('a,1,\r\n');
    expect(csvFormat(false).head()).toBe(`${CSV_HEADER.join(',')}\r\n`);
    expect(csvFormat(true).head().startsWith('\uFEFFid,status,')).toBe(true);
    const row = csvFormat(false).item(summary('inc-1'));
    expect(row).toContain('"Al-Sina\'a Prison, ""Ghwayran"""');
    expect(row).toContain(',IS; SDF,ucdp:234; ucdp:6288,28,');
    expect(row.split(',').length).toBeGreaterThanOrEqual(CSV_HEADER.length);
  });
});

describe('GeoJSON', () => {
  it('writes points as [lon, lat], leaves out incidents without one and counts them in `skipped`', () => {
    const format = geojsonFormat();
    const text = format.head() + [summary('a', { lat: 36.47, lon: 40.76 }), summary('b'), summary('c', { lat: 1, lon: 2 })].map(format.item).join('') + format.tail();
    const collection = JSON.parse(text);
    expect(collection.skipped).toBe(1);
    expect(collection.features.map((f: { id: string }) => f.id)).toEqual(['a', 'c']);
    expect(collection.features[0].geometry).toEqual({ type: 'Point', coordinates: [40.76, 36.47] });
    expect(collection.features[0].properties.location.point).toBeUndefined();
  });

  it('is valid JSON when empty', () => {
    const format = geojsonFormat();
    expect(JSON.parse(format.head() + format.tail())).toEqual({ type: 'FeatureCollection', features: [], skipped: 0 });
  });
});

describe('NDJSON', () => {
  it('writes one summary per line', () => {
    expect(ndjsonFormat().item(summary('a'))).toBe(`${JSON.stringify(summary('a'))}\n`);
  });
});
