import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ReportSubmission } from '@sitrep/contracts';
import { CATEGORIES, CREDIBILITIES, GEO_PRECISIONS, PARTICIPANT_ROLES, RELIABILITIES, REPORT_OPS, RETRACT_REASONS, SOURCE_SYSTEMS, TAXONOMIES, TIME_PRECISIONS } from '@sitrep/contracts';
import { contractIssues } from '../shared/contract-issues';

// The demo data ships with the repo (data/demo), so this suite needs nothing from ../shared.
const DEMO_FILE = path.join(process.cwd(), 'data/demo/hasakah-2022.ndjson');
const lines = readFileSync(DEMO_FILE, 'utf8').split('\n').filter((line) => line.trim() !== '');
const reports = lines.map((line) => JSON.parse(line) as ReportSubmission);
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

const oneOf = (allowed: readonly unknown[], value: unknown, field: string): string[] => (allowed.includes(value) ? [] : [`${field} ${JSON.stringify(value)}`]);

/** The contract's required fields and enums, checked by hand so the data stays honest without the validator. */
function structuralIssues(report: ReportSubmission): string[] {
  const issues = [
    ...oneOf(REPORT_OPS, report.op, 'op'),
    ...oneOf(SOURCE_SYSTEMS, report.sourceSystem, 'sourceSystem'),
    ...(typeof report.nativeId === 'string' && /^demo-\d{3}$/.test(report.nativeId) ? [] : ['nativeId']),
    ...(ISO_DATE_TIME.test(report.reportedAt) ? [] : ['reportedAt']),
    ...report.sources.flatMap((source, i) => [
      ...(source.name ? [] : [`sources[${i}].name`]),
      ...oneOf(RELIABILITIES, source.reliability, `sources[${i}].reliability`),
      ...oneOf(CREDIBILITIES, source.credibility, `sources[${i}].credibility`),
      ...(source.url === undefined ? [] : [`sources[${i}].url is invented`]),
    ]),
  ];
  if (report.op === 'retract') return [...issues, ...oneOf(RETRACT_REASONS, report.retractReason, 'retractReason'), ...(report.assertion ? ['assertion on a retract'] : [])];
  return report.assertion ? [...issues, ...assertionIssues(report.assertion)] : [...issues, 'assertion missing'];
}

function assertionIssues(assertion: NonNullable<ReportSubmission['assertion']>): string[] {
  const { occurred, location, classification, participants, fatalities } = assertion;
  return [
    ...(ISO_DAY.test(occurred.start) ? [] : ['occurred.start']),
    ...oneOf(TIME_PRECISIONS, occurred.precision, 'occurred.precision'),
    ...oneOf(GEO_PRECISIONS, location.precision, 'location.precision'),
    ...(location.country.iso3 === 'SYR' ? [] : ['location.country.iso3']),
    ...(location.point && Math.abs(location.point.lat) <= 90 && Math.abs(location.point.lon) <= 180 ? [] : ['location.point']),
    ...oneOf(TAXONOMIES, classification.taxonomy, 'classification.taxonomy'),
    ...oneOf(CATEGORIES, classification.category, 'classification.category'),
    ...participants.flatMap((p, i) => [...oneOf(PARTICIPANT_ROLES, p.role, `participants[${i}].role`), ...(p.nameAsReported ? [] : [`participants[${i}].nameAsReported`])]),
    ...(fatalities && fatalities.best !== undefined && fatalities.low !== undefined && fatalities.low > fatalities.best ? ['fatalities.low > best'] : []),
  ];
}

function byId(nativeId: string): ReportSubmission {
  return reports.find((report) => report.nativeId === nativeId) as ReportSubmission;
}

describe('data/demo/hasakah-2022.ndjson', () => {
  it('holds about 25 reports, one JSON object per line', () => {
    expect(reports.length).toBeGreaterThanOrEqual(20);
    expect(reports.length).toBeLessThanOrEqual(40);
  });

  it('fills every required field with a value the contract allows', () => {
    expect(reports.flatMap((report) => structuralIssues(report).map((issue) => `${report.nativeId}: ${issue}`))).toEqual([]);
  });

  it('passes the contract validator (when @sitrep/contracts exports it)', () => {
    expect(reports.flatMap((report) => (contractIssues(report) ?? []).map((issue) => `${report.nativeId}: ${issue}`))).toEqual([]);
  });

  it('is our own writing, free to redistribute', () => {
    for (const report of reports) {
      expect(['manual', 'other']).toContain(report.sourceSystem);
      expect(report.license).toEqual({ attribution: 'Sitrep demo data, written for this project from public reporting', redistributable: true, spdx: 'CC0-1.0' });
    }
    expect(new Set(reports.map((report) => report.nativeId)).size).toBe(reports.length);
  });

  it('lists reports in the order they were reported, corrections after what they correct', () => {
    const reportedAt = reports.map((report) => report.reportedAt);
    expect(reportedAt).toEqual([...reportedAt].sort());
    reports.forEach((report, position) => {
      for (const target of report.supersedes ?? []) {
        const earlier = reports.slice(0, position).find((candidate) => candidate.nativeId === target);
        expect(earlier?.sourceSystem).toBe(report.sourceSystem);
      }
    });
  });

  it('revises the prison attack death toll upward with a supersede', () => {
    const revisions = reports.filter((report) => report.op === 'supersede');
    expect(revisions.length).toBeGreaterThanOrEqual(1);
    const [revision] = revisions;
    const original = byId(revision.supersedes![0]);
    expect(revision.assertion!.occurred.start).toBe(original.assertion!.occurred.start);
    expect(revision.assertion!.fatalities!.best!).toBeGreaterThan(original.assertion!.fatalities!.best!);
  });

  it('retracts a duplicate', () => {
    const retracts = reports.filter((report) => report.op === 'retract');
    expect(retracts.map((report) => report.retractReason)).toEqual(expect.arrayContaining(['merged_duplicate']));
  });

  it('has two source systems reporting the prison attack of 2022-01-20, so they merge into one incident', () => {
    const prisonAttack = reports.filter((report) => report.op === 'assert' && report.assertion?.occurred.start === '2022-01-20');
    expect(new Set(prisonAttack.map((report) => report.sourceSystem))).toEqual(new Set(['manual', 'other']));
    const [first, second] = prisonAttack.map((report) => report.assertion!);
    expect(second.location.admin1).toBe(first.location.admin1);
    expect(second.participants).toEqual(first.participants);
  });

  it('keeps Arabic place names and notes', () => {
    const arabic = /[\u0600-\u06FF]/;
    expect(reports.some((report) => arabic.test(report.assertion?.location.placeName ?? ''))).toBe(true);
    expect(reports.some((report) => report.assertion?.notes?.lang === 'ar' && arabic.test(report.assertion.notes.text))).toBe(true);
  });
});
