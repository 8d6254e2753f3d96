import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { Participant, ReportRecorded } from '@sitrep/contracts';
import { actorActivityDeltas } from './actor-activity-deltas';
import { applyReport } from './apply-report';
import type { IncidentChange } from './incident.types';
import type { IncidentOutcome } from './incident-outcome.types';
import { isStandingClaim } from './incident-report';
import { interactionDeltas } from './interaction-deltas';
import { mergeIncidents } from './merge-incidents';
import { activityOf, interactionsOf, nonZero, nonZeroPairs, sumActivity, sumInteractions } from './testing/activity-table';
import { commit, contextFor, type IncidentStore } from './testing/in-memory-incidents';
import { at, claim, ISIS, PRISON_POINT, retraction, SDF, TURKEY } from './testing/report-fixtures';

const ACTORS: Participant[] = [ISIS, SDF, TURKEY, { role: 'actor1', nameAsReported: 'Daesh' }, { role: 'side_b', nameAsReported: 'syrian democratic forces' }];
const PLACES = [
  { placeName: "Al-Sina'a Prison", point: PRISON_POINT },
  { placeName: 'Ghwayran', point: { lat: 36.48, lon: 40.77 } },
  { placeName: 'Tal Tamr', point: { lat: 36.65, lon: 40.37 } },
];
const SYSTEMS = ['acled', 'airwars', 'liveuamap'] as const;

const claimShape = fc.record({
  system: fc.nat(2),
  native: fc.nat(3),
  day: fc.constantFrom('2022-01-20', '2022-01-21'),
  admin1: fc.constantFrom('Al Hasakah', 'Ar Raqqa'),
  place: fc.nat(2),
  actors: fc.subarray(ACTORS),
  fatalities: fc.option(fc.nat(50), { nil: undefined }),
  battle: fc.boolean(),
});
const targets = fc.record({ picks: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }), unknown: fc.boolean() });
const step = fc.oneof(
  fc.record({ kind: fc.constant('assert' as const), shape: claimShape }),
  fc.record({ kind: fc.constant('supersede' as const), shape: claimShape, targets }),
  fc.record({ kind: fc.constant('retract' as const), targets }),
  fc.record({ kind: fc.constant('merge' as const), into: fc.nat(), from: fc.nat() }),
);
type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;
type Shape = typeof claimShape extends fc.Arbitrary<infer T> ? T : never;

function recordFor(s: Step, index: number, seen: string[]): ReportRecorded | null {
  const reportId = `r${index}`;
  const receivedAt = `2022-01-${String(20 + Math.floor(index / 24)).padStart(2, '0')}T${String(index % 24).padStart(2, '0')}:00:00Z`;
  if (s.kind === 'merge') return null;
  const picked = s.kind === 'assert' ? [] : pickTargets(s.targets, seen, reportId);
  if (s.kind === 'retract') return retraction(reportId, picked, 'erroneous', receivedAt);
  return claimFrom(s.shape, reportId, receivedAt, picked);
}

function pickTargets(t: { picks: number[]; unknown: boolean }, seen: string[], reportId: string): string[] {
  const known = seen.length === 0 ? [] : t.picks.map((p) => seen[p % seen.length]);
  return [...new Set([...known, ...(t.unknown || known.length === 0 ? [`${reportId}-unknown`] : [])])];
}

function claimFrom(shape: Shape, reportId: string, receivedAt: string, supersedes: string[]): ReportRecorded {
  return claim({
    reportId, receivedAt, supersedes,
    sourceSystem: SYSTEMS[shape.system], nativeId: `n${shape.native}`,
    day: shape.day, canonicalAdmin1: shape.admin1, ...PLACES[shape.place], participants: shape.actors,
    ...(shape.fatalities !== undefined && { fatalities: { best: shape.fatalities } }),
    eventType: shape.battle ? 'Battles' : 'Violence against civilians', category: shape.battle ? 'battle' : 'violence_against_civilians',
  });
}

function mergeStep(store: IncidentStore, s: Extract<Step, { kind: 'merge' }>, index: number): IncidentOutcome {
  const ids = [...store.keys()].sort();
  const [into, from] = [store.get(ids[s.into % ids.length]), store.get(ids[s.from % ids.length])];
  if (into === undefined || from === undefined) return { changes: [], notices: [] };
  return mergeIncidents(into, from, { receivedAt: `2022-02-01T00:00:${String(index % 60).padStart(2, '0')}Z`, position: at(index + 1) });
}

function expectWellFormed(store: IncidentStore, changes: IncidentChange[]): void {
  for (const { before, after } of changes) {
    expect(before).toEqual(store.get(after.incidentId) ?? null);
    expect(after.version).toBe((before?.version ?? 0) + 1);
    expect(JSON.parse(JSON.stringify(after))).toStrictEqual(after);
  }
}

/**
 * Every claim is kept by an incident that is not merged, a standing claim by exactly one; a live
 * incident is active exactly when a claim stands in it.
 */
function expectEveryClaimHeld(store: IncidentStore, claimIds: string[]): void {
  const live = [...store.values()].filter((incident) => incident.status !== 'merged');
  for (const id of claimIds) {
    const holders = live.flatMap((incident) => incident.reports.filter((r) => r.reportId === id));
    expect([id, holders.length > 0, holders.filter(isStandingClaim).length <= 1]).toEqual([id, true, true]);
  }
  for (const incident of live) expect(incident.status).toBe(incident.reports.some(isStandingClaim) ? 'active' : 'retracted');
}

describe('activity deltas over random report histories', () => {
  it('sum to the activity computed from scratch, replays change nothing, and every claim keeps a home', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        const store: IncidentStore = new Map();
        const activity = sumActivity([]);
        const pairs = sumInteractions([]);
        const seen: string[] = [];
        steps.forEach((s, index) => {
          const record = recordFor(s, index, seen);
          const outcome = record === null ? mergeStep(store, s as Extract<Step, { kind: 'merge' }>, index) : applyReport(contextFor(store, record), record, at(index + 1));
          expectWellFormed(store, outcome.changes);
          commit(store, outcome.changes);
          sumActivity(outcome.changes.flatMap((c) => actorActivityDeltas(c.before, c.after)), activity);
          sumInteractions(outcome.changes.flatMap((c) => interactionDeltas(c.before, c.after)), pairs);
          if (record === null) return;
          seen.push(record.reportId);
          expect(applyReport(contextFor(store, record), record, at(index + 1)).changes).toEqual([]);
          expect(applyReport(contextFor(store, record), record, at(index + 1_000)).changes).toEqual([]);
        });
        expectEveryClaimHeld(store, steps.flatMap((s, index) => (s.kind === 'assert' || s.kind === 'supersede' ? [`r${index}`] : [])));
        expect(nonZero(activity)).toEqual(activityOf([...store.values()]));
        expect(nonZeroPairs(pairs)).toEqual(interactionsOf([...store.values()]));
      }),
      { numRuns: 300 },
    );
  });
});
