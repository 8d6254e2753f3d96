import { describe, expect, it } from '@jest/globals';
import type { ReportRecorded } from '@sitrep/contracts';
import { assertedReport, correctingReport, retractingReport } from '../testing/report-records';
import { netChanges, projectRecords } from './project-records';
import { activityRows, interactionRows, reportIndexChanges, toIncidentRow, toInstant, versionRows } from './read-model-rows';

const at = (records: ReportRecorded[], from = 0) => records.map((record, i) => ({ offset: String(from + i), record }));
const prison = assertedReport({ nativeId: 'prison', fatalities: { best: 28 } });
const revised = correctingReport(prison, { receivedAt: '2022-01-25T09:00:00.000Z', fatalities: { best: 40 } });
const again = correctingReport(revised, { receivedAt: '2022-01-27T09:00:00.000Z', fatalities: { best: 41 } });

describe('toInstant', () => {
  it('reads a bare date as midnight UTC and a zoneless date-time as UTC, never in the session zone', () => {
    expect(toInstant('2022-01-20')).toBe('2022-01-20T00:00:00Z');
    expect(toInstant('2022-01-20T18:00:00')).toBe('2022-01-20T18:00:00Z');
    expect(toInstant('2022-01-20T18:00:00.000Z')).toBe('2022-01-20T18:00:00.000Z');
    expect(toInstant('2022-01-20T01:00+03:00')).toBe('2022-01-20T01:00+03:00');
  });
});

describe('toIncidentRow', () => {
  it('fills the filter columns from the merged view and keeps the incident as the snapshot', () => {
    const [{ after }] = projectRecords([], at([prison]), 0).steps;
    expect(toIncidentRow(after)).toMatchObject({
      incident_id: `inc-${prison.reportId}`,
      status: 'active',
      merged_into: null,
      merge_key: 'SYR|Al Hasakah|2022-01-20',
      occurred_start: '2022-01-20T00:00:00Z',
      admin1: 'Al Hasakah',
      actor_keys: ['name:islamic state syria', 'name:sdf syrian democratic forces'],
      fatalities_best: 28,
      best_reliability: 'B',
      best_credibility: 2,
      report_count: 1,
      snapshot: after,
    });
  });
});

describe('versionRows', () => {
  it('writes one row per change, each valid until the next, and closes the version stored before the batch', () => {
    const [first] = projectRecords([], at([prison]), 0).steps;
    const steps = projectRecords([first.after], at([revised, again], 1), 0).steps;
    const { rows, closed } = versionRows(steps);
    expect(closed).toEqual([{ incident_id: first.after.incidentId, version: 1, valid_to: revised.receivedAt }]);
    expect(rows.map((r) => [r.version, r.valid_from, r.valid_to, r.fatalities_best])).toEqual([
      [2, revised.receivedAt, again.receivedAt, 40],
      [3, again.receivedAt, null, 41],
    ]);
  });
});

describe('activity and interaction rows of a batch', () => {
  it('move counts from the old figures to the corrected ones and leave out rows that net to zero', () => {
    const [first] = projectRecords([], at([prison]), 0).steps;
    const net = netChanges(projectRecords([first.after], at([revised], 1), 0).steps);
    expect(activityRows(net)).toEqual([
      { actorId: 'name:islamic state syria', day: '2022-01-20', admin1: 'Al Hasakah', eventType: 'Explosions/Remote violence', incidents: 0, fatalities: 12 },
      { actorId: 'name:sdf syrian democratic forces', day: '2022-01-20', admin1: 'Al Hasakah', eventType: 'Explosions/Remote violence', incidents: 0, fatalities: 12 },
    ]);
    expect(interactionRows(net)).toEqual([]);
  });

  it('count nothing for an incident opened and retracted in one batch', () => {
    const withdrawn = retractingReport([prison], { nativeId: 'withdrawn', receivedAt: '2022-01-21T00:00:00.000Z' });
    const net = netChanges(projectRecords([], at([prison, withdrawn]), 0).steps);
    expect(net.map((c) => [c.before, c.after.status])).toEqual([[null, 'retracted']]);
    expect(activityRows(net)).toEqual([]);
    expect(interactionRows(net)).toEqual([]);
    expect(reportIndexChanges(net).added.map((r) => r.report_id)).toEqual([prison.reportId, withdrawn.reportId]);
  });

  it('sum the deltas of several incidents on one row', () => {
    const other = assertedReport({ nativeId: 'checkpoint', placeName: 'checkpoint', actors: ['Islamic State (Syria)', 'Syrian Arab Army'], fatalities: { best: 3 } });
    const net = netChanges(projectRecords([], at([prison, other]), 0).steps);
    const isis = activityRows(net).find((r) => r.actorId === 'name:islamic state syria');
    expect(isis).toMatchObject({ incidents: 2, fatalities: 31 });
    expect(interactionRows(net).map((r) => [r.actorA, r.actorB, r.count])).toEqual([
      ['name:islamic state syria', 'name:sdf syrian democratic forces', 1],
      ['name:islamic state syria', 'name:syrian arab army', 1],
    ]);
  });
});
