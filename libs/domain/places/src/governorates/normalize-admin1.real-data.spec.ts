import { expect, it } from '@jest/globals';
import { describeWithSyriaData, syriaDataDir } from '@sitrep/testing';
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { normalizeAdmin1 } from './normalize-admin1';
import { SYRIA_GOVERNORATES } from './syria-governorates';

/** Distinct governorate spellings in Airwars' Syria 2022 index (real, third-party; read, never copied). */
function airwarsGovernorateSpellings(): string[] {
  const file = path.join(syriaDataDir() ?? '', 'airwars-syria-2022-index.csv');
  const rows = parse(readFileSync(file, 'utf8'), { columns: true, bom: true }) as Array<Record<string, string>>;
  return [...new Set(rows.map((row) => row.governorate.trim()).filter((spelling) => spelling !== ''))];
}

describeWithSyriaData('normalizeAdmin1 on the Airwars Syria 2022 index', () => {
  it('maps every governorate spelling there to one of the 14', () => {
    const ids = new Set(SYRIA_GOVERNORATES.map((governorate) => governorate.id));
    const spellings = airwarsGovernorateSpellings();
    expect(spellings.length).toBeGreaterThan(0);
    const unresolved = spellings.filter((spelling) => !ids.has(normalizeAdmin1('SYR', spelling)?.id ?? ''));
    expect(unresolved).toEqual([]);
  });

  it('maps the four Hasakah spellings (Al Hasakah, Hassaka, Hassakah, Al Hassakah) to SY-HA', () => {
    const hasakah = airwarsGovernorateSpellings().filter((spelling) => /has+ak/i.test(spelling));
    expect(hasakah.sort()).toEqual(['Al Hasakah', 'Al Hassakah', 'Hassaka', 'Hassakah']);
    for (const spelling of hasakah) expect(normalizeAdmin1('SYR', spelling)?.id).toBe('SY-HA');
  });
});
