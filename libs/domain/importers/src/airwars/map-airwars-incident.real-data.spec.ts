import { expect, it } from '@jest/globals';
import { describeWithSyriaData, syriaDataDir } from '@sitrep/testing';
import { parse } from 'csv-parse/sync';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ReportSubmission } from '@sitrep/contracts';
import { contractIssues } from '../shared/contract-issues';
import { mapAirwarsIncident } from './map-airwars-incident';

// Reads the real Airwars files from ../shared at run time (never copied into the repo: not open data).
interface MappedFile {
  file: string;
  text: string;
  result: ReturnType<typeof mapAirwarsIncident>;
}

function mapEveryIncidentFile(): MappedFile[] {
  const dir = path.join(syriaDataDir() ?? '', 'airwars-incidents-syria-2022');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      const text = readFileSync(path.join(dir, file), 'utf8');
      return { file, text, result: mapAirwarsIncident(JSON.parse(text), text) };
    });
}

function tally(keys: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const key of keys) counts[key] = (counts[key] ?? 0) + 1;
  return counts;
}

describeWithSyriaData('mapAirwarsIncident over the 225 real Syria 2022 files', () => {
  const files = syriaDataDir() ? mapEveryIncidentFile() : [];
  const reports = files.flatMap((entry) => (entry.result.ok ? [entry.result.value] : []));
  const byCode = (code: string): ReportSubmission => reports.find((report) => report.nativeId === code) as ReportSubmission;
  const index = (): Record<string, string>[] =>
    parse(readFileSync(path.join(syriaDataDir() ?? '', 'airwars-syria-2022-index.csv'), 'utf8'), { columns: true }) as Record<string, string>[];

  it('maps every file', () => {
    expect(files).toHaveLength(225);
    expect(files.filter((entry) => !entry.result.ok).map((entry) => entry.file)).toEqual([]);
  });

  it('produces submissions the contract validator accepts (when it is exported)', () => {
    const invalid = reports.flatMap((report) => (contractIssues(report) ?? []).map((issue) => `${report.nativeId} ${issue}`));
    expect(invalid).toEqual([]);
  });

  it('gives every incident its own native id', () => {
    expect(new Set(reports.map((report) => report.nativeId)).size).toBe(225);
  });

  it('keeps each file verbatim as the raw body', () => {
    for (const entry of files) {
      expect(entry.result.ok && entry.result.value.raw).toEqual({ format: 'json', body: entry.text });
    }
  });

  it('maps CS1976, the al-Sina\'a prison attack', () => {
    const report = byCode('CS1976');
    const assertion = report.assertion!;
    expect(assertion.occurred).toEqual({ start: '2022-01-20', end: '2022-01-26', precision: 'week' });
    expect(assertion.location.admin1).toBe('Al Hasakah');
    expect(assertion.location.placeName).toContain('Sina');
    expect(assertion.location.point).toEqual({ lat: 36.476929, lon: 40.762153 });
    expect(assertion.fatalities).toEqual({ best: 6, low: 6, high: 7 });
    expect(assertion.participants).toEqual([{ role: 'alleged_perpetrator', nameAsReported: 'U.S.-led Coalition' }]);
    expect(assertion.assessment).toBe('Contested');
    expect(report.sources.length).toBeGreaterThanOrEqual(50);
    expect(report.sources.every((source) => source.reliability === 'F' && source.credibility === 4)).toBe(true);
    expect(report).toMatchObject({ op: 'assert', sourceSystem: 'airwars', nativeRevision: '2024-12-15', reportedAt: '2022-01-20T00:00:00.000Z' });
  });

  it('maps an incident without coordinates with no point and a coarser precision', () => {
    const pointless = reports.filter((report) => report.assertion!.location.point === undefined);
    expect(pointless.length).toBe(index().filter((row) => row['latitude'] === '').length);
    for (const report of pointless) expect(['adm1', 'unknown']).toContain(report.assertion!.location.precision);
    expect(byCode('TS519').assertion!.location).toEqual({ country: { iso3: 'SYR', name: 'Syria' }, precision: 'adm1', admin1: 'Aleppo', placeName: 'Rajo', description: expect.any(String) });
    expect(byCode('TS570').assertion!.location).toMatchObject({ precision: 'unknown', placeName: expect.stringContaining('Qamishli') });
  });

  it('counts incidents per belligerent as the index CSV does', () => {
    const fromIndex = tally(index().flatMap((row) => row['alleged_belligerent'].split(',').map((name) => name.trim())));
    const fromReports = tally(reports.flatMap((report) => report.assertion!.participants.map((p) => p.nameAsReported)));
    expect(fromReports).toEqual(fromIndex);
  });

  it('counts incidents per governorate as reported, as the index CSV does', () => {
    const fromIndex = tally(index().map((row) => row['governorate']));
    const fromReports = tally(reports.map((report) => report.assertion!.location.admin1 ?? ''));
    expect(fromReports).toEqual(fromIndex);
    expect(Object.keys(fromReports)).toEqual(expect.arrayContaining(['Al Hasakah', 'Al Hassakah', 'Hassaka', 'Hassakah']));
  });
});
