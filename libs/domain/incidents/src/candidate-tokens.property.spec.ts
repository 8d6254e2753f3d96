import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { Participant, ReportRecorded } from '@sitrep/contracts';
import { applyReport } from './apply-report';
import { incidentCandidateTokens, mayDescribeSame, probeCandidateTokens } from './candidate-tokens';
import { haversineKm } from './haversine-km';
import type { Incident } from './incident.types';
import { describesSameIncident, SAME_PLACE_KM } from './same-incident';
import { commit, contextFor, type IncidentStore } from './testing/in-memory-incidents';
import { at, claim } from './testing/report-fixtures';

// Names that fold alike or not, ids present or not: where sameActor's id/name fallback bites.
const participant = fc.record({
  name: fc.constantFrom('Islamic State', 'ISLAMIC STATE', 'Daesh', 'SDF', 'Syrian Democratic Forces', 'Asayish'),
  id: fc.option(fc.constantFrom('ucdp:234', 'ucdp:6288', 'ucdp:999'), { nil: undefined }),
}).map(({ name, id }): Participant => ({ role: 'actor1', nameAsReported: name, ...(id !== undefined && { actorId: id }) }));

// Points scattered around one spot at the scale of SAME_PLACE_KM, so "within 2 km" goes both ways.
const place = fc.record({
  admin2: fc.option(fc.constantFrom('Al-Hasakah', 'al hasakah', 'Ras al-Ain'), { nil: undefined }),
  placeName: fc.option(fc.constantFrom('Ghuwayran', 'GHUWAYRAN', 'Tell Tamr', ''), { nil: undefined }),
  point: fc.option(fc.record({ lat: fc.double({ min: 36.45, max: 36.51, noNaN: true }), lon: fc.double({ min: 40.73, max: 40.79, noNaN: true }) }), { nil: undefined }),
});
const shape = fc.record({ participants: fc.array(participant, { minLength: 1, maxLength: 3 }), place, system: fc.constantFrom('acled', 'airwars', 'liveuamap', 'manual') as fc.Arbitrary<'acled'> });
type Shape = typeof shape extends fc.Arbitrary<infer T> ? T : never;

function record(s: Shape, index: number): ReportRecorded {
  const r = claim({ reportId: `r${index}`, sourceSystem: s.system, nativeId: `n${index}`, participants: s.participants, ...s.place, receivedAt: `2022-01-20T${String(index % 24).padStart(2, '0')}:00:00Z` });
  const location = { ...r.assertion!.location };
  if (s.place.placeName === undefined) delete location.placeName;
  return { ...r, assertion: { ...r.assertion!, location } };
}

function opened(s: Shape): Incident {
  const first = record(s, 0);
  return applyReport({ candidates: [], corrected: [] }, first, at(1)).changes[0].after;
}

describe('candidate tokens (narrowing merge candidates without dropping one)', () => {
  it('probes with the ids and folded names of the actors, and the folded place with the neighbouring latitude bands', () => {
    expect(probeCandidateTokens(claim({ reportId: 'r2', point: { lat: 0.01, lon: 40 } }).assertion!)).toEqual({
      actors: ['id:ucdp:234', 'name:islamic state isis', 'id:ucdp:6288', 'name:syrian democratic forces'],
      places: ['place:sinaa prison', 'lat:-1', 'lat:0', 'lat:1'],
    });
  });

  it('whenever a report describes the same incident, the incident tokens and the report probe overlap', () => {
    fc.assert(
      fc.property(shape, shape, (a, b) => {
        const incident = opened(a);
        const report = record(b, 1);
        if (describesSameIncident(incident, { ...report, assertion: report.assertion! })) expect(mayDescribeSame(incidentCandidateTokens(incident), probeCandidateTokens(report.assertion!))).toBe(true);
      }),
      { numRuns: 3_000 },
    );
  });

  it('keeps points within SAME_PLACE_KM in reach across latitude bands, and rules out points far apart', () => {
    const near = fc.tuple(fc.double({ min: -80, max: 80, noNaN: true }), fc.double({ min: -0.0179, max: 0.0179, noNaN: true }));
    fc.assert(
      fc.property(near, ([lat, dLat]) => {
        const a = { lat, lon: 10 };
        const b = { lat: lat + dLat, lon: 10 };
        fc.pre(haversineKm(a, b) <= SAME_PLACE_KM);
        const stored = incidentCandidateTokens(opened({ participants: [{ role: 'actor1', nameAsReported: 'x' } as Participant], place: { point: a }, system: 'acled' } as Shape));
        expect(mayDescribeSame(stored, probeCandidateTokens(record({ participants: [{ role: 'actor1', nameAsReported: 'x' } as Participant], place: { point: b }, system: 'acled' } as Shape, 1).assertion!))).toBe(true);
      }),
      { numRuns: 2_000 },
    );
    const far = incidentCandidateTokens(opened({ participants: [{ role: 'actor1', nameAsReported: 'x' } as Participant], place: { point: { lat: 36.4, lon: 40.7 } }, system: 'acled' } as Shape));
    expect(mayDescribeSame(far, probeCandidateTokens(record({ participants: [{ role: 'actor1', nameAsReported: 'x' } as Participant], place: { point: { lat: 36.5, lon: 40.7 } }, system: 'acled' } as Shape, 1).assertion!))).toBe(false);
  });

  it('replaying a history with candidates narrowed by the tokens gives exactly the incidents the full candidate set gives', () => {
    fc.assert(
      fc.property(fc.array(shape, { minLength: 1, maxLength: 25 }), (shapes) => {
        const full: IncidentStore = new Map();
        const narrowed: IncidentStore = new Map();
        shapes.forEach((s, index) => {
          const r = record(s, index);
          commit(full, applyReport(contextFor(full, r), r, at(index + 1)).changes);
          const context = contextFor(narrowed, r);
          const probe = probeCandidateTokens(r.assertion!);
          const candidates = context.candidates.filter((c) => mayDescribeSame(incidentCandidateTokens(c), probe));
          commit(narrowed, applyReport({ ...context, candidates }, r, at(index + 1)).changes);
        });
        expect(narrowed).toEqual(full);
      }),
      { numRuns: 500 },
    );
  });
});
