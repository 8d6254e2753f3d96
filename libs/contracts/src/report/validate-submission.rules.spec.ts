import { describe, expect, it } from '@jest/globals';
import { exampleSubmission } from './example-submission';
import { exampleSubmissionWith } from './example-submission-with';
import { validateSubmission } from './validate-submission';

const NOW = new Date('2022-01-22T00:00:00Z');
const long = (length: number) => 'x'.repeat(length);

function issuesOf(changes: Record<string, unknown>) {
  const result = validateSubmission(exampleSubmissionWith(changes), NOW);
  return result.ok ? [] : result.issues;
}

describe('validateSubmission — each rule, at its exact path', () => {
  const cases: Array<[string, Record<string, unknown>, string, RegExp]> = [
    ['op outside REPORT_OPS', { op: 'publish' }, 'op', /one of/],
    ['sourceSystem outside SOURCE_SYSTEMS', { sourceSystem: 'twitter' }, 'sourceSystem', /one of/],
    ['missing nativeId', { nativeId: undefined }, 'nativeId', /string/],
    ['empty nativeId', { nativeId: '' }, 'nativeId', /non-empty/],
    ['nativeId over 200', { nativeId: long(201) }, 'nativeId', /200/],
    ['nativeRevision over 200', { nativeRevision: long(201) }, 'nativeRevision', /200/],
    ['sourceDatasetVersion over 200', { sourceDatasetVersion: long(201) }, 'sourceDatasetVersion', /200/],
    ['reportedAt without a zone', { reportedAt: '2022-01-21T08:30:00' }, 'reportedAt', /ISO 8601/],
    ['reportedAt not a calendar day', { reportedAt: '2022-02-29' }, 'reportedAt', /ISO 8601/],
    ['reportedAt in day/month/year', { reportedAt: '21/01/2022' }, 'reportedAt', /ISO 8601/],
    ['reportedAt as a number', { reportedAt: 1642753800000 }, 'reportedAt', /ISO 8601/],
    ['missing license attribution', { 'license.attribution': undefined }, 'license.attribution', /string/],
    ['license.redistributable not boolean', { 'license.redistributable': 'yes' }, 'license.redistributable', /boolean/],
    ['license.spdx over 200', { 'license.spdx': long(201) }, 'license.spdx', /200/],
    ['more than 200 sources', { sources: Array.from({ length: 201 }, () => exampleSubmission().sources[0]) }, 'sources', /at most 200/],
    ['sources not an array', { sources: {} }, 'sources', /array/],
    ['a source wrapped in an array', { sources: [[exampleSubmission().sources[0]]] }, 'sources', /not arrays/],
    ['a source name over 500', { 'sources[0].name': long(501) }, 'sources[0].name', /500/],
    ['an ftp url', { 'sources[0].url': 'ftp://example.org/a' }, 'sources[0].url', /http/],
    ['a relative url', { 'sources[0].url': '/reports/1' }, 'sources[0].url', /http/],
    ['a url with a space', { 'sources[0].url': 'https://example.org/a b' }, 'sources[0].url', /http/],
    ['a url over 2000', { 'sources[0].url': `https://example.org/${long(2000)}` }, 'sources[0].url', /2000/],
    ['an archive url that is not a url', { 'sources[0].archiveUrl': 'not a url' }, 'sources[0].archiveUrl', /http/],
    ['publishedAt at hour 25', { 'sources[0].publishedAt': '2022-01-21T25:00Z' }, 'sources[0].publishedAt', /ISO 8601/],
    ['reliability G', { 'sources[0].reliability': 'G' }, 'sources[0].reliability', /one of/],
    ['reliability lower-case', { 'sources[0].reliability': 'b' }, 'sources[0].reliability', /one of/],
    ['credibility 7', { 'sources[0].credibility': 7 }, 'sources[0].credibility', /one of/],
    ['credibility 0', { 'sources[0].credibility': 0 }, 'sources[0].credibility', /one of/],
    ['credibility as a string', { 'sources[0].credibility': '2' }, 'sources[0].credibility', /one of/],
    ['credibility 2.5', { 'sources[0].credibility': 2.5 }, 'sources[0].credibility', /one of/],
    ['scale outside SOURCE_SCALES', { 'sources[0].scale': 'global' }, 'sources[0].scale', /one of/],
    ['platform over 200', { 'sources[0].platform': long(201) }, 'sources[0].platform', /200/],
    ['publisher null', { 'sources[0].publisher': null }, 'sources[0].publisher', /string/],
    ['raw format outside RAW_FORMATS', { raw: { format: 'xml', body: '<a/>' } }, 'raw.format', /one of/],
    ['raw body over 1,000,000', { raw: { format: 'text', body: long(1_000_001) } }, 'raw.body', /1000000/],
    ['occurred.start without a zone', { 'assertion.occurred.start': '2022-01-20T10:00' }, 'assertion.occurred.start', /ISO 8601/],
    ['occurred.end before start', { 'assertion.occurred.end': '2022-01-19' }, 'assertion.occurred.end', /not be before start/],
    ['occurred.end an instant before start', { 'assertion.occurred.start': '2022-01-20T10:00:00Z', 'assertion.occurred.end': '2022-01-20T09:59:59Z' }, 'assertion.occurred.end', /not be before start/],
    ['occurred.end not a date', { 'assertion.occurred.end': 'soon' }, 'assertion.occurred.end', /ISO 8601/],
    ['precision outside TIME_PRECISIONS', { 'assertion.occurred.precision': 'decade' }, 'assertion.occurred.precision', /one of/],
    ['timeOfDay over 500', { 'assertion.occurred.timeOfDay': long(501) }, 'assertion.occurred.timeOfDay', /500/],
    ['lat above 90', { 'assertion.location.point.lat': 90.0001 }, 'assertion.location.point.lat', /greater than 90/],
    ['lat below -90', { 'assertion.location.point.lat': -91 }, 'assertion.location.point.lat', /less than -90/],
    ['lon above 180', { 'assertion.location.point.lon': 180.5 }, 'assertion.location.point.lon', /greater than 180/],
    ['lon below -180', { 'assertion.location.point.lon': -181 }, 'assertion.location.point.lon', /less than -180/],
    ['lat as a string', { 'assertion.location.point.lat': '36.49' }, 'assertion.location.point.lat', /number/],
    ['lat NaN', { 'assertion.location.point.lat': Number.NaN }, 'assertion.location.point.lat', /number/],
    ['point as an array', { 'assertion.location.point': [36.49, 40.74] }, 'assertion.location.point', /object/],
    ['iso3 lower-case', { 'assertion.location.country.iso3': 'syr' }, 'assertion.location.country.iso3', /3 uppercase/],
    ['iso3 of two letters', { 'assertion.location.country.iso3': 'SY' }, 'assertion.location.country.iso3', /3 uppercase/],
    ['missing country', { 'assertion.location.country': undefined }, 'assertion.location.country', /object/],
    ['geo precision outside GEO_PRECISIONS', { 'assertion.location.precision': 'city' }, 'assertion.location.precision', /one of/],
    ['placeName over 500', { 'assertion.location.placeName': long(501) }, 'assertion.location.placeName', /500/],
    ['description over 20,000', { 'assertion.location.description': long(20_001) }, 'assertion.location.description', /20000/],
    ['canonicalAdmin1 over 500', { 'assertion.location.canonicalAdmin1': long(501) }, 'assertion.location.canonicalAdmin1', /500/],
    ['taxonomy outside TAXONOMIES', { 'assertion.classification.taxonomy': 'nato' }, 'assertion.classification.taxonomy', /one of/],
    ['category outside CATEGORIES', { 'assertion.classification.category': 'war' }, 'assertion.classification.category', /one of/],
    ['more than 50 tags', { 'assertion.classification.tags': Array.from({ length: 51 }, (_, i) => `t${i}`) }, 'assertion.classification.tags', /at most 50/],
    ['an empty and a numeric tag', { 'assertion.classification.tags': ['ok', '', 7] }, 'assertion.classification.tags', /items \[1, 2\]/],
    ['more than 50 participants', { 'assertion.participants': Array.from({ length: 51 }, () => ({ role: 'actor1', nameAsReported: 'IS' })) }, 'assertion.participants', /at most 50/],
    ['a participant that is a string', { 'assertion.participants[1]': 'SDF' }, 'assertion.participants[1]', /must be an object/],
    ['role outside PARTICIPANT_ROLES', { 'assertion.participants[1].role': 'victim' }, 'assertion.participants[1].role', /one of/],
    ['empty nameAsReported', { 'assertion.participants[1].nameAsReported': '' }, 'assertion.participants[1].nameAsReported', /non-empty/],
    ['actorId over 200', { 'assertion.participants[0].actorId': long(201) }, 'assertion.participants[0].actorId', /200/],
    ['negative fatalities', { 'assertion.fatalities': { best: -1 } }, 'assertion.fatalities.best', /less than 0/],
    ['fractional fatalities', { 'assertion.fatalities': { best: 1.5 } }, 'assertion.fatalities.best', /integer/],
    ['fatalities over 1,000,000', { 'assertion.fatalities': { high: 1_000_001 } }, 'assertion.fatalities.high', /greater than 1000000/],
    ['low above best', { 'assertion.fatalities': { low: 30, best: 28 } }, 'assertion.fatalities.low', /greater than best/],
    ['best above high', { 'assertion.fatalities': { best: 41, high: 40 } }, 'assertion.fatalities.best', /greater than high/],
    ['low above high without best', { 'assertion.fatalities': { low: 41, high: 40 } }, 'assertion.fatalities.low', /greater than high/],
    ['injuries min above max', { 'assertion.injuries': { min: 5, max: 4 } }, 'assertion.injuries.min', /greater than max/],
    ['negative injuries', { 'assertion.injuries': { max: -1 } }, 'assertion.injuries.max', /less than 0/],
    ['civilianTargeting not boolean', { 'assertion.civilianTargeting': 'no' }, 'assertion.civilianTargeting', /boolean/],
    ['assessment over 500', { 'assertion.assessment': long(501) }, 'assertion.assessment', /500/],
    ['notes text over 20,000', { 'assertion.notes.text': long(20_001) }, 'assertion.notes.text', /20000/],
    ['notes lang over 200', { 'assertion.notes.lang': long(201) }, 'assertion.notes.lang', /200/],
    ['U+0000 in a name', { 'assertion.participants[0].nameAsReported': 'Islamic\u0000State' }, 'assertion.participants[0].nameAsReported', /U\+0000/],
    ['a lone surrogate in notes', { 'assertion.notes.text': 'broken \ud800 text' }, 'assertion.notes.text', /surrogate/],
    ['reportedAt 2 days after now', { reportedAt: '2022-01-24T00:00:00Z' }, 'reportedAt', /1 day after/],
    ['occurred.start 2 days after now', { 'assertion.occurred.start': '2022-01-24', 'assertion.occurred.end': undefined }, 'assertion.occurred.start', /1 day after/],
    ['assert without assertion', { assertion: undefined }, 'assertion', /required .* assert or supersede/],
    ['assert with a retractReason', { retractReason: 'erroneous' }, 'retractReason', /absent when op is assert/],
    ['supersede without supersedes', { op: 'supersede' }, 'supersedes', /required .* supersede or retract/],
    ['supersede with empty supersedes', { op: 'supersede', supersedes: [] }, 'supersedes', /not be empty/],
    ['supersede with 101 superseded ids', { op: 'supersede', supersedes: Array.from({ length: 101 }, (_, i) => `r${i}`) }, 'supersedes', /at most 100/],
    ['supersedes with an id over 200', { op: 'supersede', supersedes: [long(201)] }, 'supersedes', /items \[0\]/],
    ['retract with an assertion', { op: 'retract', supersedes: ['r1'], retractReason: 'erroneous' }, 'assertion', /absent when op is retract/],
    ['retract without retractReason', { op: 'retract', supersedes: ['r1'], assertion: undefined }, 'retractReason', /required .* retract/],
    ['retractReason outside RETRACT_REASONS', { op: 'retract', supersedes: ['r1'], assertion: undefined, retractReason: 'whim' }, 'retractReason', /one of/],
  ];

  it.each(cases)('refuses %s', (_name, changes, path, reason) => {
    const issues = issuesOf(changes);
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.every((issue) => issue.path === path)).toBe(true);
    expect(issues.map((issue) => issue.reason).join(' | ')).toMatch(reason);
  });
});
