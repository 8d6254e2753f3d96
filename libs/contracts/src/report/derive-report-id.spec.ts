import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { v5 as uuidV5, version as uuidVersion } from 'uuid';
import { REPORT_ID_NAMESPACE, deriveReportId } from './derive-report-id';
import { SOURCE_SYSTEMS } from './report.types';

describe('deriveReportId', () => {
  // Pinned forever: if one of these changes, every report on the log would be duplicated on re-import.
  it.each([
    ['acled', 'SYR123456', '1', '90e4ad80-d3ec-5580-9e72-f2a5bb984e18'],
    ['airwars', 'CS1976', undefined, '8ab873ac-7439-5824-9c87-31849cdf9853'],
    ['manual', 'الحسكة', undefined, '6b0790e4-4d15-512a-b7e1-32d942bdabf6'],
  ] as const)('gives %s %s rev %s the id it has always had', (system, nativeId, revision, id) => {
    expect(deriveReportId(system, nativeId, revision)).toBe(id);
  });

  it('is a UUIDv5 of the documented length-prefixed encoding (UTF-8 byte lengths)', () => {
    expect(deriveReportId('manual', 'الحسكة', 'r1')).toBe(uuidV5('6:manual12:الحسكة2:r1', REPORT_ID_NAMESPACE));
    expect(uuidVersion(deriveReportId('gdelt', '1017865342'))).toBe(5);
  });

  it('never confuses how the parts are split', () => {
    expect(deriveReportId('other', 'a', 'b|c')).not.toBe(deriveReportId('other', 'a|b', 'c'));
    expect(deriveReportId('other', 'a:1', 'b')).not.toBe(deriveReportId('other', 'a', '1:b'));
    expect(deriveReportId('other', 'ab')).not.toBe(deriveReportId('other', 'a', 'b'));
  });

  it('tells a missing revision from an empty one', () => {
    expect(deriveReportId('acled', 'SYR1')).not.toBe(deriveReportId('acled', 'SYR1', ''));
    expect(deriveReportId('acled', 'SYR1')).not.toBe(deriveReportId('acled', 'SYR1', '-'));
  });

  it('is stable and injective over arbitrary Unicode parts', () => {
    const part = fc.string({ unit: 'binary', maxLength: 12 });
    const triple = fc.tuple(fc.constantFrom(...SOURCE_SYSTEMS), part, fc.option(part, { nil: undefined }));
    fc.assert(
      fc.property(triple, triple, (a, b) => {
        expect(deriveReportId(...a)).toBe(deriveReportId(...a));
        const same = a[0] === b[0] && a[1] === b[1] && a[2] === b[2];
        expect(deriveReportId(...a) === deriveReportId(...b)).toBe(same);
      }),
      { numRuns: 2000 },
    );
  });
});
