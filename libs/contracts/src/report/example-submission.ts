import type { ReportSubmission } from './report.types';

/**
 * A complete, valid submission to show the contract's shape and to seed tests: Islamic State's
 * attack on al-Sina'a (Ghwayran) prison in Al Hasakah on 20 January 2022, graded B2 (usually
 * reliable source, information probably true). Source, figures and coordinates are illustrative.
 * Returns a fresh object on every call.
 */
export function exampleSubmission(): ReportSubmission {
  return {
    op: 'assert',
    sourceSystem: 'manual',
    nativeId: 'hasakah-sinaa-prison-2022-01-20',
    nativeRevision: '1',
    reportedAt: '2022-01-21T08:30:00Z',
    license: { spdx: 'CC-BY-4.0', attribution: 'Sitrep example', redistributable: true },
    sources: [
      {
        name: 'Example News',
        url: 'https://news.example.org/2022/01/21/al-sinaa-prison',
        publishedAt: '2022-01-21',
        language: 'en',
        scale: 'regional',
        reliability: 'B',
        credibility: 2,
      },
    ],
    assertion: {
      occurred: { start: '2022-01-20', end: '2022-01-20', precision: 'day', timeOfDay: 'evening' },
      location: {
        placeName: "al-Sina'a prison, Ghwayran",
        point: { lat: 36.4944, lon: 40.7394 },
        admin1: 'الحسكة',
        canonicalAdmin1: 'Al Hasakah',
        admin2: 'Al Hasakah',
        country: { iso3: 'SYR', name: 'Syria' },
        precision: 'exact',
      },
      classification: {
        taxonomy: 'acled',
        eventType: 'Explosions/Remote violence',
        subEventType: 'Suicide bomb',
        category: 'explosion_remote',
        tags: ['prison break'],
      },
      participants: [
        { role: 'actor1', nameAsReported: 'Islamic State (Syria)' },
        { role: 'actor2', nameAsReported: 'SDF: Syrian Democratic Forces' },
      ],
      fatalities: { low: 20, best: 28, high: 40 },
      civilianTargeting: false,
      notes: { text: 'ISIS car bomb at the gate of al-Sina\'a prison, followed by clashes with the SDF.', lang: 'en' },
    },
  };
}
