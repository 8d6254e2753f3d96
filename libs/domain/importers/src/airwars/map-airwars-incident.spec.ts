import { describe, expect, it } from '@jest/globals';
import { contractIssues } from '../shared/contract-issues';
import { mapAirwarsIncident } from './map-airwars-incident';

// Hand-written incidents in the shape of the Airwars archive files; every value is invented.
function incident(overrides: Record<string, unknown> = {}, legacy: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    incident_code: 'XS0001',
    airwars_id: '90001',
    incident_date: '2022-01-21',
    country: 'Syria',
    location: 'Example village',
    location_ar: 'قرية المثال',
    latitude: 36.5,
    longitude: 40.1,
    alleged_belligerent: 'Turkish Military',
    strike_type: 'Artillery',
    assessment: 'Fair',
    civilian_deaths_min: 1,
    civilian_deaths_max: 2,
    civilian_injuries_min: null,
    civilian_injuries_max: null,
    source_last_modified: '2024-03-01',
    sources: [{ name_original: 'Example Post', url: 'https://example.org/a', archive_url: 'https://archive.example/a', platform_original: 'Twitter\nArabic', published_date: '' }],
    legacy_incident_fields: {
      'نوع التاريخ — الأصل': 'date',
      'تاريخ النشر': '2022-01-22',
      'المنطقة — الأصل': 'Hassakah',
      'دقة تحديد الموقع': 'village',
      'حالة نسبة الضربة — الأصل': 'Likely strike',
      ...legacy,
    },
    ...overrides,
  };
}

function map(json: unknown) {
  return mapAirwarsIncident(json, JSON.stringify(json));
}

function assertionOf(json: unknown) {
  const result = map(json);
  if (!result.ok) throw new Error(result.reason);
  return result.value.assertion!;
}

describe('mapAirwarsIncident', () => {
  it('maps a complete incident', () => {
    const result = map(incident());
    expect(result.ok && result.value).toMatchObject({
      op: 'assert',
      sourceSystem: 'airwars',
      nativeId: 'XS0001',
      nativeRevision: '2024-03-01',
      reportedAt: '2022-01-22T00:00:00.000Z',
      license: { attribution: 'Airwars (airwars.org)', redistributable: false },
      sources: [{ name: 'Example Post', url: 'https://example.org/a', archiveUrl: 'https://archive.example/a', platform: 'twitter', language: 'ar', reliability: 'F', credibility: 3 }],
      assertion: {
        occurred: { start: '2022-01-21', precision: 'day' },
        location: { admin1: 'Hassakah', placeName: 'Example village', description: 'قرية المثال', point: { lat: 36.5, lon: 40.1 }, precision: 'exact', country: { iso3: 'SYR' } },
        classification: { taxonomy: 'airwars', category: 'explosion_remote', eventType: 'Explosions/Remote violence', subEventType: 'Shelling/artillery/missile attack', tags: ['Artillery', 'Likely strike'] },
        participants: [{ role: 'alleged_perpetrator', nameAsReported: 'Turkish Military' }],
        fatalities: { best: 1, low: 1, high: 2 },
        assessment: 'Fair',
      },
    });
    expect(result.ok && result.value.assertion).not.toHaveProperty('injuries');
    expect(result.ok && result.value.assertion).not.toHaveProperty('civilianTargeting');
  });

  it('produces a submission the contract validator accepts (when it is exported)', () => {
    const result = map(incident({ sources: [{ name_original: 'Example Post', url: 'hthttps://example.org/broken' }] }));
    expect(result.ok && result.value.sources[0]).not.toHaveProperty('url');
    expect(result.ok && (contractIssues(result.value) ?? [])).toEqual([]);
  });

  it('keeps the raw text exactly as given', () => {
    const rawText = '{ "incident_code" : "XS0001" }\n';
    const result = mapAirwarsIncident(incident(), rawText);
    expect(result.ok && result.value.raw).toEqual({ format: 'json', body: rawText });
  });

  describe('rejects what cannot be a report, saying why', () => {
    it.each([
      ['not an object', [1, 2], 'not a JSON object'],
      ['no ids', incident({ incident_code: null, airwars_id: '' }), 'neither incident_code nor airwars_id'],
      ['no date', incident({ incident_date: undefined }), 'XS0001: airwars incident_date is missing'],
      ['an impossible date', incident({ incident_date: '2022-02-30' }), 'not a calendar day (got "2022-02-30")'],
      ['an unknown country', incident({ country: 'Atlantis' }), 'country "Atlantis" is not one we import'],
      ['no publication or modification day', incident({ source_last_modified: null }, { 'تاريخ النشر': '' }), 'neither a published date nor a last-modified date'],
    ])('%s', (_case, json, reason) => {
      const result = map(json);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.reason).toContain(reason);
    });
  });

  it('falls back to the numeric Airwars id when the incident code is missing', () => {
    const result = map(incident({ incident_code: '' }));
    expect(result.ok && result.value.nativeId).toBe('90001');
  });

  it('falls back to the last-modified day when the published day is missing', () => {
    const result = map(incident({}, { 'تاريخ النشر': '' }));
    expect(result.ok && result.value.reportedAt).toBe('2024-03-01T00:00:00.000Z');
  });

  it('reads the Arabic legacy keys when the English ones are absent', () => {
    const json = incident({ incident_code: undefined, incident_date: undefined, alleged_belligerent: undefined }, {
      'رمز الحادثة': 'XS0002',
      'تاريخ الحادثة': '2022-01-23',
      'الجهة العسكرية — الأصل': 'YPG',
      'المحافظة — الأصل': 'Al Hasakah',
    });
    const result = map(json);
    expect(result.ok && result.value.nativeId).toBe('XS0002');
    expect(result.ok && result.value.assertion).toMatchObject({
      occurred: { start: '2022-01-23' },
      location: { admin1: 'Al Hasakah' },
      participants: [{ nameAsReported: 'YPG' }],
    });
  });

  describe('location precision follows what is there', () => {
    it.each([
      ['a point at a village', {}, {}, 'exact'],
      ['a subdistrict centroid', {}, { 'دقة تحديد الموقع': 'subdistrict' }, 'adm3'],
      ['a point without a label', {}, { 'دقة تحديد الموقع': null }, 'near_25km'],
      ['a governorate only', { latitude: null, longitude: null }, {}, 'adm1'],
      ['neither', { latitude: null, longitude: null }, { 'المنطقة — الأصل': '' }, 'unknown'],
    ])('%s', (_case, overrides, legacy, precision) => {
      const location = assertionOf(incident(overrides, legacy)).location;
      expect(location.precision).toBe(precision);
      if (precision === 'adm1' || precision === 'unknown') expect(location).not.toHaveProperty('point');
    });
  });

  describe('occurred', () => {
    it('keeps a date range with the precision of its length', () => {
      const occurred = assertionOf(incident({}, { 'نوع التاريخ — الأصل': 'date_range', 'نهاية نطاق التاريخ': '2022-01-23' })).occurred;
      expect(occurred).toEqual({ start: '2022-01-21', end: '2022-01-23', precision: 'days_2_6' });
    });

    it('says unknown for a range without an end', () => {
      const occurred = assertionOf(incident({}, { 'نوع التاريخ — الأصل': 'date_range' })).occurred;
      expect(occurred).toEqual({ start: '2022-01-21', precision: 'unknown' });
    });

    it('keeps the local time as reported', () => {
      expect(assertionOf(incident({}, { 'التوقيت المحلي — الأصل': 'around_dawn' })).occurred.timeOfDay).toBe('around_dawn');
    });
  });

  describe('classification from the strike type', () => {
    it.each([
      ['Airstrike, Drone Strike', 'explosion_remote', 'Air/drone strike'],
      ['Airstrike, Artillery, Drone Strike', 'explosion_remote', 'Air/drone strike'],
      ['Airstrike and/or Artillery', 'explosion_remote', undefined],
      ['Counter-Terrorism Action (Ground)', 'other', undefined],
      [null, 'other', undefined],
    ])('%s', (strikeType, category, subEventType) => {
      const classification = assertionOf(incident({ strike_type: strikeType })).classification;
      expect(classification.category).toBe(category);
      expect(classification.subEventType).toBe(subEventType);
    });
  });

  it('names every alleged belligerent as reported', () => {
    const participants = assertionOf(incident({ alleged_belligerent: 'Russian Military, Iranian Military' })).participants;
    expect(participants.map((p) => [p.role, p.nameAsReported])).toEqual([
      ['alleged_perpetrator', 'Russian Military'],
      ['alleged_perpetrator', 'Iranian Military'],
    ]);
  });

  it('omits fatalities nobody reported, and keeps injuries', () => {
    const assertion = assertionOf(incident({ civilian_deaths_min: null, civilian_deaths_max: null, civilian_injuries_min: 3, civilian_injuries_max: 5 }));
    expect(assertion).not.toHaveProperty('fatalities');
    expect(assertion.injuries).toEqual({ min: 3, max: 5 });
  });

  it('grades sources from the Airwars assessment', () => {
    const credibility = (assessment: string | null) => {
      const result = map(incident({ assessment }));
      return result.ok ? result.value.sources[0].credibility : null;
    };
    expect([credibility('Confirmed'), credibility('Fair'), credibility('Weak'), credibility('Contested'), credibility('Discounted'), credibility(null)]).toEqual([1, 3, 4, 4, 5, 6]);
  });

  it('names a nameless source after its web site and caps the list at 200', () => {
    const sources = Array.from({ length: 250 }, (_, i) => ({ url: `https://news.example/${i}`, platform_original: 'English' }));
    const result = map(incident({ sources }));
    expect(result.ok && result.value.sources).toHaveLength(200);
    expect(result.ok && result.value.sources[0]).toEqual({ name: 'news.example', url: 'https://news.example/0', language: 'en', reliability: 'F', credibility: 3 });
  });
});
