import { describe, expect, it } from '@jest/globals';
import type { ClassificationSchema } from './classification.schema';
import type { EventAssertionSchema } from './event-assertion.schema';
import type { PlaceSchema } from './place.schema';
import type { ReportRecordedSchema } from './report-recorded.schema';
import type { ReportRecorded } from './report-recorded.event';
import type { ReportSubmissionSchema } from './report-submission.schema';
import type { Classification, EventAssertion, Place, ReportSubmission, SourceRef } from './report.types';
import type { SourceRefSchema } from './source-ref.schema';
import { validateSubmission } from './validate-submission';

/** Compile-time: the schema class declares exactly the contract's fields, none more, none fewer. */
type SameKeys<A, B> = [Exclude<keyof A, keyof B>, Exclude<keyof B, keyof A>] extends [never, never] ? true : false;
const mirrors: Array<true> = [
  true as SameKeys<ReportSubmissionSchema, ReportSubmission>,
  true as SameKeys<ReportRecordedSchema, ReportRecorded>,
  true as SameKeys<EventAssertionSchema, EventAssertion>,
  true as SameKeys<PlaceSchema, Place>,
  true as SameKeys<ClassificationSchema, Classification>,
  true as SameKeys<SourceRefSchema, SourceRef>,
];

type DeepRequired<T> = T extends Array<infer Item> ? Array<DeepRequired<Item>> : T extends object ? { [K in keyof T]-?: DeepRequired<T[K]> } : T;

/** Every optional field of the contract filled in; the type makes a forgotten field a compile error. */
const everyField: DeepRequired<Omit<ReportSubmission, 'retractReason'>> = {
  op: 'supersede',
  sourceSystem: 'ucdp_ged',
  sourceDatasetVersion: '22.1',
  nativeId: '412345',
  nativeRevision: '22.1',
  reportedAt: '2022-02-01',
  license: { spdx: 'CC-BY-4.0', attribution: 'UCDP Georeferenced Event Dataset', redistributable: true },
  sources: [
    {
      name: 'Rudaw',
      publisher: 'Rudaw Media Network',
      url: 'https://example.org/article',
      archiveUrl: 'https://web.archive.example/article',
      platform: 'web',
      publishedAt: '2022-01-21T10:00:00+03:00',
      language: 'ku',
      scale: 'regional',
      reliability: 'C',
      credibility: 3,
    },
  ],
  supersedes: ['411111'],
  raw: { format: 'csv', body: 'id,relid\n412345,SYR-2022-1-123-4' },
  assertion: {
    occurred: { start: '2022-01-20', end: '2022-01-26', precision: 'days_2_6', timeOfDay: 'night' },
    location: {
      placeName: 'Ghwayran',
      description: 'al-Sina\'a prison, south of the city',
      point: { lat: 36.49, lon: 40.74 },
      admin1: 'Hassakah',
      canonicalAdmin1: 'Al Hasakah',
      admin2: 'Al Hasakah',
      admin3: 'Al Hasakah',
      country: { iso3: 'SYR', name: 'Syria' },
      precision: 'near_25km',
    },
    classification: { taxonomy: 'ucdp', eventType: 'state_based', subEventType: 'n/a', category: 'battle', tags: ['prison'] },
    participants: [{ role: 'side_a', nameAsReported: 'SDF', actorId: 'ucdp:1234' }],
    fatalities: { best: 150, low: 120, high: 180 },
    injuries: { min: 10, max: 40 },
    civilianTargeting: false,
    assessment: 'Fair',
    notes: { text: 'Six days of fighting.', lang: 'en' },
  },
};

describe('ReportSubmissionSchema mirrors ReportSubmission', () => {
  it('declares the same fields as the contract types', () => {
    expect(mirrors.every((mirrored) => mirrored)).toBe(true);
  });

  it('accepts every field of the contract, so none is refused as unknown', () => {
    expect(validateSubmission(everyField, new Date('2022-02-02T00:00:00Z'))).toEqual({ ok: true, value: everyField });
  });
});
