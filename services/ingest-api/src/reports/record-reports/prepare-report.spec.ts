import { describe, expect, it } from '@jest/globals';
import { deriveReportId, exampleSubmission, type ReportSubmission } from '@sitrep/contracts';
import { prepareReport, type Normalizer } from './prepare-report';

const normalizer: Normalizer = {
  canonicalAdmin1: (iso3, name) => (iso3 === 'SYR' && /hass?akah?/i.test(name) ? 'Al Hasakah' : undefined),
  actorId: (name) => ({ ISIS: 'ucdp:234', Daesh: 'ucdp:234' })[name],
};
const receivedAt = '2022-01-20T18:00:00.000Z';

describe('prepareReport', () => {
  const submission: ReportSubmission = exampleSubmission();

  it('keeps the names as reported and adds canonical forms beside them', () => {
    const withVariant = structuredClone(submission);
    withVariant.assertion!.location.admin1 = 'Hassakah';
    delete withVariant.assertion!.location.canonicalAdmin1;
    withVariant.assertion!.participants = [{ role: 'actor1', nameAsReported: 'Daesh' }, { role: 'actor2', nameAsReported: 'Unknown militia' }];
    const record = prepareReport(withVariant, { receivedAt, normalizer, supersedesReportIds: [] });
    expect(record.assertion?.location).toMatchObject({ admin1: 'Hassakah', canonicalAdmin1: 'Al Hasakah' });
    expect(record.assertion?.participants).toEqual([
      { role: 'actor1', nameAsReported: 'Daesh', actorId: 'ucdp:234' },
      { role: 'actor2', nameAsReported: 'Unknown militia' },
    ]);
    expect(record.logKey).toBe(`SYR|al hasakah|${withVariant.assertion!.occurred.start.slice(0, 10)}`);
    expect(withVariant.assertion!.location.canonicalAdmin1).toBeUndefined();
  });

  it('derives the same id for the same source record, whenever it arrives', () => {
    const a = prepareReport(submission, { receivedAt, normalizer, supersedesReportIds: [] });
    const b = prepareReport(submission, { receivedAt: '2023-01-01T00:00:00.000Z', normalizer, supersedesReportIds: [] });
    expect(a.reportId).toBe(b.reportId);
    expect(a.reportId).toBe(deriveReportId(submission.sourceSystem, submission.nativeId, submission.nativeRevision));
  });

  it('lets a correction inherit the key of the report it corrects', () => {
    const record = prepareReport(submission, { receivedAt, normalizer, supersedesReportIds: ['x'], inheritedLogKey: 'SYR|ar raqqah|2022-01-19' });
    expect(record.logKey).toBe('SYR|ar raqqah|2022-01-19');
    expect(record.supersedesReportIds).toEqual(['x']);
  });
});
