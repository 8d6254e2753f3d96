import { expect, it } from '@jest/globals';
import { describeWithSyriaData, syriaDataDir } from '@sitrep/testing';
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { normalizeAdmin1 } from '../governorates/normalize-admin1';
import { governorateOfPlace } from './governorate-of-place';

function airwarsRows(): Array<Record<string, string>> {
  const file = path.join(syriaDataDir() ?? '', 'airwars-syria-2022-index.csv');
  return parse(readFileSync(file, 'utf8'), { columns: true, bom: true }) as Array<Record<string, string>>;
}

describeWithSyriaData('well-known places against the Airwars Syria 2022 index', () => {
  it('agree with the governorate Airwars gives wherever a location is one of them', () => {
    const located = airwarsRows().filter((row) => governorateOfPlace(row.location) !== null && row.governorate !== '');
    expect(located.map((row) => row.location)).toEqual(
      expect.arrayContaining(["Al Sina'a Prison", 'Kobani', 'Tel Tamr', 'Tal Tamr', 'Qamishlo']),
    );
    for (const row of located) {
      expect([row.location, governorateOfPlace(row.location)]).toEqual([row.location, normalizeAdmin1('SYR', row.governorate)]);
    }
  });
});
