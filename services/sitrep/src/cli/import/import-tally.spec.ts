import { describe, expect, it } from '@jest/globals';
import { emptyTally, formatSummary, importSucceeded } from './import-tally';

describe('formatSummary', () => {
  it('counts every outcome and succeeds when nothing failed', () => {
    const tally = { ...emptyTally(), read: 225, appended: 200, duplicate: 25 };
    expect(importSucceeded(tally)).toBe(true);
    expect(formatSummary(tally, { title: 'Imported', maxReasons: 5, maxExamples: 3 })).toBe(
      ['Imported', '  read:                  225', '  appended:              200', '  duplicate:              25', '  rejected:                0', '  mapping failures:        0'].join('\n'),
    );
  });

  it('groups failures by reason, most frequent first, naming the first records and ignoring the record prefix', () => {
    const tally = {
      ...emptyTally(),
      read: 6,
      rejected: [
        { label: 'CS1', reasons: ['assertion.location.point.lat: lat must not be greater than 90'] },
        { label: 'CS2', reasons: ['assertion.location.point.lat: lat must not be greater than 90'] },
        { label: 'CS3', reasons: ['assertion.location.point.lat: lat must not be greater than 90'] },
        { label: 'CS4', reasons: ['op: must be one of assert, supersede, retract', 'assertion.location.point.lat: lat must not be greater than 90'] },
      ],
      unmapped: [
        { label: 'row 7', reasons: ['acled SYR7: time_precision must be 1, 2 or 3 (got "9")'] },
        { label: 'row 9', reasons: ['acled SYR9: time_precision must be 1, 2 or 3 (got "9")'] },
      ],
    };
    expect(importSucceeded(tally)).toBe(false);
    const summary = formatSummary(tally, { title: 'Imported', maxReasons: 1, maxExamples: 2 });
    expect(summary).toContain('rejected by Sitrep (4), by reason:\n       4 × assertion.location.point.lat: lat must not be greater than 90  (CS1, CS2, …)\n  … and 1 more reasons');
    expect(summary).toContain('could not be mapped (2), by reason:\n       2 × time_precision must be 1, 2 or 3 (got "9")  (row 7, row 9)');
  });
});
