import { describe, expect, it } from '@jest/globals';
import { validateReportRecorded } from '@sitrep/contracts';
import { assertedReport, correctingReport, retractingReport } from './report-records';

describe('report records for tests', () => {
  const original = assertedReport({ nativeId: 'prison-attack', fatalities: { best: 28 } });
  const correction = correctingReport(original, { receivedAt: '2022-01-25T10:00:00.000Z', fatalities: { best: 40 } });
  const retraction = retractingReport([correction], { nativeId: 'withdrawn', receivedAt: '2022-02-01T00:00:00.000Z' });

  it('are valid records of the log of record, as the consumer re-validates them', () => {
    for (const record of [original, correction, retraction]) expect(validateReportRecorded(record)).toMatchObject({ ok: true });
  });

  it('make a correction the next revision of the same report, on the key of the report it corrects', () => {
    expect(correction).toMatchObject({ op: 'supersede', nativeId: original.nativeId, nativeRevision: '2', supersedesReportIds: [original.reportId], logKey: original.logKey });
    expect(correction.reportId).not.toBe(original.reportId);
    expect(correction.assertion?.fatalities).toEqual({ best: 40 });
    expect(retraction).toMatchObject({ op: 'retract', supersedesReportIds: [correction.reportId], logKey: original.logKey });
    expect(retraction.assertion).toBeUndefined();
  });
});
