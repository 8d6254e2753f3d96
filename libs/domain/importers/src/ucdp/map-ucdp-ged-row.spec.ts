import { describe, expect, it } from '@jest/globals';
import { parseCsv } from '../parse-csv';
import { contractIssues } from '../shared/contract-issues';
import { mapUcdpGedRow } from './map-ucdp-ged-row';

// Written for this spec in UCDP GED's columns (a subset); ids, counts and headlines are invented.
const UCDP_CSV = `id,relid,year,active_year,code_status,type_of_violence,conflict_new_id,conflict_name,dyad_new_id,dyad_name,side_a,side_b,number_of_sources,source_article,source_office,source_date,source_headline,source_original,where_prec,where_coordinates,where_description,adm_1,adm_2,latitude,longitude,priogrid_gid,country,country_id,region,event_clarity,date_prec,date_start,date_end,deaths_a,deaths_b,deaths_civilians,deaths_unknown,best,high,low
900001,SYR-2022-2-900-1,2022,1,Clear,2,900,SDF - IS,901,SDF - IS,SDF,IS,2,,Reuters;Agence France Presse,2022-01-22 00:00:00.000;2022-01-21 00:00:00.000,"IS attack on Hasakah prison; clashes continue",SDF,1,Ghuwayran prison,"al-Sina'a prison, Ghuwayran, al-Hasakah town",al-Hasakah governorate,al-Hasakah district,36.4769,40.7622,,Syria,652,Middle East,1,1,2022-01-20 00:00:00.000,2022-01-20 00:00:00.000,10,18,2,0,30,45,28
900002,SYR-2022-1-902-1,2022,1,Clear,1,902,Syria: Government,903,Government of Turkey - SDF,Government of Turkey,SDF,1,,North Press Agency,2022-01-23,Turkish shelling on Tell Tamer villages,,2,Tell Tamer,villages around Tell Tamer,al-Hasakah governorate,al-Hasakah district,36.65,40.37,,Syria,652,Middle East,1,2,2022-01-21,2022-01-22,0,0,1,0,1,1,1
900003,SYR-2022-2-900-2,2022,1,Clear,2,900,SDF - IS,901,SDF - IS,SDF,IS,1,,Reuters,2022-01-26,Prison fighting,,4,al-Hasakah governorate,,al-Hasakah governorate,,36.5,40.75,,Syria,652,Middle East,1,1,2022-01-32,2022-01-32,0,2,0,0,2,2,2
`;

const rows = parseCsv(UCDP_CSV);

function withCell(index: number, column: string, value: string): Record<string, string> {
  return { ...rows[index], [column]: value };
}

describe('mapUcdpGedRow', () => {
  it('maps the prison fighting as non-state violence with best/low/high', () => {
    const result = mapUcdpGedRow(rows[0], '22.1');
    expect(result.ok && result.value).toMatchObject({
      op: 'assert',
      sourceSystem: 'ucdp_ged',
      sourceDatasetVersion: '22.1',
      nativeId: '900001',
      nativeRevision: '22.1',
      reportedAt: '2022-01-21T00:00:00.000Z',
      license: { spdx: 'CC-BY-4.0', redistributable: true },
      sources: [
        { name: 'Reuters', publishedAt: '2022-01-22', reliability: 'F', credibility: 6 },
        { name: 'Agence France Presse', publishedAt: '2022-01-21', reliability: 'F', credibility: 6 },
      ],
      assertion: {
        occurred: { start: '2022-01-20', precision: 'day' },
        location: { country: { iso3: 'SYR', name: 'Syria' }, admin1: 'al-Hasakah governorate', admin2: 'al-Hasakah district', placeName: 'Ghuwayran prison', point: { lat: 36.4769, lon: 40.7622 }, precision: 'exact' },
        classification: { taxonomy: 'ucdp', category: 'battle', tags: ['non_state'] },
        participants: [
          { role: 'side_a', nameAsReported: 'SDF' },
          { role: 'side_b', nameAsReported: 'IS' },
        ],
        fatalities: { best: 30, low: 28, high: 45 },
        civilianTargeting: false,
        notes: { text: 'IS attack on Hasakah prison; clashes continue' },
      },
    });
  });

  it('maps Turkish shelling dated to a two-day span within 25 km', () => {
    const result = mapUcdpGedRow(rows[1], '22.1');
    expect(result.ok && result.value.assertion).toMatchObject({
      occurred: { start: '2022-01-21', end: '2022-01-22', precision: 'days_2_6' },
      location: { precision: 'near_25km', description: 'villages around Tell Tamer' },
      classification: { category: 'battle', tags: ['state_based'] },
    });
  });

  it('produces submissions the contract validator accepts (when it is exported)', () => {
    for (const row of rows.slice(0, 2)) {
      const result = mapUcdpGedRow(row, '22.1');
      expect(result.ok && (contractIssues(result.value) ?? [])).toEqual([]);
    }
  });

  it('rejects a row with an impossible date, saying so', () => {
    expect(mapUcdpGedRow(rows[2], '22.1')).toEqual({ ok: false, reason: 'ucdp 900003: date_start is not a calendar day (got "2022-01-32")' });
  });

  it.each([
    ['id', '', 'no id'],
    ['country_id', '2', 'country_id "2" is not one we import'],
    ['date_end', '2022-01-19', 'date_end is not a calendar day on or after date_start'],
    ['date_prec', '6', 'date_prec must be 1 to 5'],
    ['where_prec', '0', 'where_prec must be 1 to 7'],
    ['type_of_violence', '4', 'type_of_violence must be 1, 2 or 3'],
    ['best', '', 'best must be a whole number'],
  ])('rejects %s = %j', (column, value, reason) => {
    const result = mapUcdpGedRow(withCell(0, column, value), '22.1');
    expect(!result.ok && result.reason).toContain(reason);
  });

  it('needs the dataset version, which is the revision', () => {
    expect(mapUcdpGedRow(rows[0], ' ')).toEqual({ ok: false, reason: 'ucdp 900001: the dataset version is required (it is the revision)' });
  });

  it('marks one-sided violence as civilian targeting', () => {
    const result = mapUcdpGedRow(withCell(0, 'type_of_violence', '3'), '22.1');
    expect(result.ok && result.value.assertion).toMatchObject({ civilianTargeting: true, classification: { category: 'violence_against_civilians' } });
  });

  it('falls back to the last day of the event when no source is dated', () => {
    const result = mapUcdpGedRow({ ...rows[1], source_date: '' }, '22.1');
    expect(result.ok && result.value.reportedAt).toBe('2022-01-22T00:00:00.000Z');
  });
});
