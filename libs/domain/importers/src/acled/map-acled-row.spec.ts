import { describe, expect, it } from '@jest/globals';
import { parseCsv } from '../parse-csv';
import { contractIssues } from '../shared/contract-issues';
import { mapAcledRow } from './map-acled-row';

// Written for this spec in ACLED's codebook columns; ids, counts and sources are invented.
const ACLED_CSV = `event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp
SYR900001,2022-01-20,2022,1,Political violence,Battles,Armed clash,Islamic State (Syria),,2,Syrian Democratic Forces,Asayish; YPG,2,22,,760,Middle East,Syria,Al Hasakeh,Al Hasakeh,Al Hasakeh,Al Hasakeh - Ghuwayran,36.4769,40.7622,1,Hawar News Agency; Rudaw,New media-Regional,"On 20 January 2022, IS fighters attacked al-Sina'a prison (سجن الصناعة) with car bombs, then clashed with SDF.",28,,1643673600
SYR900002,21 January 2022,2022,2,Political violence,Explosions/Remote violence,Shelling/artillery/missile attack,Military Forces of Turkey (2016-),,8,Civilians (Syria),,7,78,Civilian targeting,760,Middle East,Syria,Ar-Raqqa,Tell Abiad,Ein Issa,Ein Issa,36.3857,38.8589,2,North Press Agency,National,Turkish forces shelled villages near Ein Issa.,0,,1643068800
SYR900003,2022-13-45,2022,1,Political violence,Battles,Armed clash,Islamic State (Syria),,2,Syrian Democratic Forces,,2,22,,760,Middle East,Syria,Al Hasakeh,Al Hasakeh,Al Hasakeh,Al Hasakeh,36.5,40.75,3,Rudaw,Regional,,1,,1643068800
`;

const rows = parseCsv(ACLED_CSV);

function withCell(index: number, column: string, value: string): Record<string, string> {
  return { ...rows[index], [column]: value };
}

describe('mapAcledRow', () => {
  it('maps a battle at al-Sina\'a prison', () => {
    const result = mapAcledRow(rows[0]);
    expect(result.ok && result.value).toMatchObject({
      op: 'assert',
      sourceSystem: 'acled',
      nativeId: 'SYR900001',
      nativeRevision: '1643673600',
      reportedAt: '2022-02-01T00:00:00.000Z',
      license: { redistributable: false },
      sources: [
        { name: 'Hawar News Agency', reliability: 'F', credibility: 6 },
        { name: 'Rudaw', reliability: 'F', credibility: 6 },
      ],
      assertion: {
        occurred: { start: '2022-01-20', precision: 'day' },
        location: { country: { iso3: 'SYR', name: 'Syria' }, admin1: 'Al Hasakeh', admin3: 'Al Hasakeh', placeName: 'Al Hasakeh - Ghuwayran', point: { lat: 36.4769, lon: 40.7622 }, precision: 'exact' },
        classification: { taxonomy: 'acled', eventType: 'Battles', subEventType: 'Armed clash', category: 'battle' },
        participants: [
          { role: 'actor1', nameAsReported: 'Islamic State (Syria)' },
          { role: 'actor2', nameAsReported: 'Syrian Democratic Forces' },
          { role: 'assoc2', nameAsReported: 'Asayish' },
          { role: 'assoc2', nameAsReported: 'YPG' },
        ],
        fatalities: { best: 28, low: 28 },
        civilianTargeting: false,
      },
    });
    expect(result.ok && result.value.sources[0]).not.toHaveProperty('scale');
    expect(result.ok && result.value.assertion!.notes!.text).toContain('سجن الصناعة');
    expect(result.ok && JSON.parse(result.value.raw!.body)).toEqual(rows[0]);
  });

  it('maps Turkish shelling near Ein Issa, with week and 25 km precision', () => {
    const result = mapAcledRow(rows[1]);
    expect(result.ok && result.value).toMatchObject({
      sources: [{ name: 'North Press Agency', scale: 'national', reliability: 'F', credibility: 6 }],
      assertion: {
        occurred: { start: '2022-01-21', precision: 'week' },
        location: { admin1: 'Ar-Raqqa', precision: 'near_25km' },
        classification: { category: 'explosion_remote', subEventType: 'Shelling/artillery/missile attack' },
        fatalities: { best: 0, low: 0 },
        civilianTargeting: true,
      },
    });
  });

  it('produces submissions the contract validator accepts (when it is exported)', () => {
    for (const row of rows.slice(0, 2)) {
      const result = mapAcledRow(row);
      expect(result.ok && (contractIssues(result.value) ?? [])).toEqual([]);
    }
  });

  it('rejects a row with an impossible date, saying so', () => {
    expect(mapAcledRow(rows[2])).toEqual({ ok: false, reason: 'acled SYR900003: event_date is not a calendar day (got "2022-13-45")' });
  });

  it.each([
    ['event_id_cnty', '', 'no event_id_cnty'],
    ['timestamp', '2022-01-25', 'timestamp must be unix seconds'],
    ['iso', '4', 'country iso "4" is not one we import'],
    ['time_precision', '4', 'time_precision must be 1, 2 or 3'],
    ['geo_precision', '', 'geo_precision must be 1, 2 or 3'],
    ['event_type', 'Skirmish', 'event_type "Skirmish" is not one of'],
    ['fatalities', 'about 30', 'fatalities must be a whole number'],
    ['latitude', 'north', 'latitude/longitude is not a WGS 84 point'],
  ])('rejects %s = %j', (column, value, reason) => {
    const result = mapAcledRow(withCell(0, column, value));
    expect(!result.ok && result.reason).toContain(reason);
  });

  it('maps Iraq and Turkey by their numeric ISO codes', () => {
    const iraq = mapAcledRow(withCell(0, 'iso', '368'));
    const turkey = mapAcledRow(withCell(0, 'iso', '792'));
    expect([iraq.ok && iraq.value.assertion!.location.country.iso3, turkey.ok && turkey.value.assertion!.location.country.iso3]).toEqual(['IRQ', 'TUR']);
  });

  it('leaves civilian targeting unknown when the export has no such column', () => {
    const { civilian_targeting: _dropped, ...older } = rows[0];
    const result = mapAcledRow(older);
    expect(result.ok && result.value.assertion).not.toHaveProperty('civilianTargeting');
  });
});
