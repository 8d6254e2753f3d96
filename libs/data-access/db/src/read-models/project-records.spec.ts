import { describe, expect, it } from '@jest/globals';
import type { ReportRecorded } from '@sitrep/contracts';
import type { Incident } from '@sitrep/domain-incidents';
import { assertedReport, correctingReport, retractingReport } from '../testing/report-records';
import { netChanges, projectRecords } from './project-records';

const at = (records: ReportRecorded[], from = 0) => records.map((record, i) => ({ offset: String(from + i), record }));

/** Applies the records cut into batches at `cuts`, carrying the state over as the store would. */
function projectInBatches(records: ReportRecorded[], cuts: number[]): Map<string, Incident> {
  const state = new Map<string, Incident>();
  const bounds = [0, ...cuts, records.length];
  for (let i = 0; i + 1 < bounds.length; i += 1) {
    const batch = at(records.slice(bounds[i], bounds[i + 1]), bounds[i]);
    for (const { after } of projectRecords([...state.values()], batch, 0).steps) state.set(after.incidentId, after);
  }
  return state;
}

const prison = assertedReport({ nativeId: 'prison', fatalities: { best: 28 } });
const sameAttack = assertedReport({ nativeId: 'prison-2nd-source', sourceSystem: 'acled', receivedAt: '2022-01-20T20:00:00.000Z', fatalities: { best: 30 } });
const market = assertedReport({ nativeId: 'market', actors: ['Turkish Armed Forces', 'YPG'], placeName: 'market' });
const revised = correctingReport(prison, { receivedAt: '2022-01-25T09:00:00.000Z', fatalities: { best: 40 } });
const withdrawn = retractingReport([market], { nativeId: 'market-withdrawn', receivedAt: '2022-01-26T09:00:00.000Z' });
const history = [prison, sameAttack, market, revised, withdrawn];

describe('projectRecords', () => {
  it('lets later records of a batch see what earlier ones changed', () => {
    const { steps, applied } = projectRecords([], at(history), 0);
    expect(applied).toBe(5);
    const prisonSteps = steps.filter((s) => s.after.incidentId === `inc-${prison.reportId}`);
    expect(prisonSteps.map((s) => s.after.version)).toEqual([1, 2, 3]);
    expect(prisonSteps[2].after.view.fatalities.best).toBe(30);
    const marketSteps = steps.filter((s) => s.after.incidentId === `inc-${market.reportId}`);
    expect(marketSteps.map((s) => s.after.status)).toEqual(['active', 'retracted']);
  });

  it('ends in the same incidents however the log is cut into batches', () => {
    const whole = projectInBatches(history, []);
    for (const cuts of [[1], [2, 3], [1, 2, 3, 4], [4]]) expect(projectInBatches(history, cuts)).toEqual(whole);
  });

  it('changes nothing when the batch is applied again over its own result', () => {
    const state = projectInBatches(history, []);
    const again = projectRecords([...state.values()], at(history), 0);
    expect(again.steps).toEqual([]);
    expect(again.poisoned).toEqual([]);
  });

  it('poisons a record the domain throws on and carries on with the next ones', () => {
    const broken = { ...market, assertion: { ...market.assertion!, participants: undefined } } as unknown as ReportRecorded;
    const { steps, poisoned, applied } = projectRecords([], at([prison, broken, sameAttack]), 0);
    expect(poisoned).toEqual([{ offset: '1', reason: expect.stringContaining('applyReport failed') }]);
    expect(applied).toBe(2);
    expect(steps.map((s) => s.after.version)).toEqual([1, 2]);
  });
});

describe('netChanges', () => {
  it('keeps, per incident, its state before the batch and after its last change', () => {
    const [first] = projectRecords([], at([prison]), 0).steps;
    const later = projectRecords([first.after], at([sameAttack, revised], 1), 0).steps;
    const net = netChanges(later);
    expect(net).toHaveLength(1);
    expect(net[0].before).toBe(first.after);
    expect(net[0].after.version).toBe(3);
  });
});
