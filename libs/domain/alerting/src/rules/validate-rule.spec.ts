import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { validateRule } from './validate-rule';

const sequence = {
  id: 'isis-then-turkey',
  version: 1,
  name: 'Turkish shelling after an ISIS attack',
  severity: 'critical',
  kind: 'sequence',
  withinHours: 48,
  joinOn: ['admin1'],
  steps: [
    { name: 'attack', filter: { field: 'actor', op: 'eq', value: 'ISIS' } },
    { filter: { field: 'subEventType', op: 'eq', value: 'Shelling/artillery/missile attack' } },
  ],
};
const threshold = { id: 't', version: 1, name: 'n', severity: 'info', kind: 'threshold', windowHours: 24, threshold: { op: 'gt', value: 5 }, filter: { all: [] } };

const issuesOf = (input: unknown) => {
  const result = validateRule(input);
  return result.ok ? [] : result.issues;
};
const nested = (depth: number): unknown => (depth === 0 ? { field: 'tags', op: 'eq', value: 'x' } : { not: nested(depth - 1) });

describe('validateRule', () => {
  it('accepts a sequence and fills in the defaults', () => {
    const result = validateRule(sequence);
    expect(result).toEqual({ ok: true, rule: { ...sequence, enabled: true, latenessDays: 30, groupBy: [], filter: { all: [] } } });
  });

  it('accepts each kind', () => {
    const base = { id: 'r', version: 2, name: 'r', severity: 'warning', filter: { field: 'actor', op: 'eq', value: 'ISIS' } };
    for (const rule of [
      { ...base, kind: 'match', groupBy: ['admin1'], suppressForHours: 6, latenessDays: 10, groupWaitSeconds: 60 },
      { ...threshold, distinctField: 'actor', groupBy: ['admin1', 'actor'] },
      { ...base, kind: 'new_term', termField: 'actor', lookbackDays: 365, groupBy: ['admin1'] },
      { ...base, kind: 'spike', windowHours: 24, baselineDays: 30, factor: 3, minCount: 5 },
    ]) {
      expect(issuesOf(rule)).toEqual([]);
    }
  });

  it('explains what is wrong, at the path of each problem, all at once', () => {
    expect(issuesOf({ ...sequence, kind: 'chain', severity: 'high' })).toEqual([
      { path: 'kind', reason: 'unknown kind "chain" (expected one of match, threshold, sequence, new_term, spike)' },
      { path: 'severity', reason: 'unknown severity "high" (expected one of info, warning, critical)' },
    ]);
    expect(issuesOf({ ...threshold, windowHours: -1, threshold: { op: 'gt', value: 1.5 }, filter: { field: 'actor' } })).toEqual([
      { path: 'filter.op', reason: 'unknown operator undefined (expected one of eq, in, contains, gte, lte, gt, lt, exists)' },
      { path: 'windowHours', reason: 'must be greater than 0' },
      { path: 'threshold.value', reason: 'must be a whole number' },
    ]);
  });

  it('refuses a sequence without steps, with one step, or with a window of zero', () => {
    const { steps: _steps, ...withoutSteps } = sequence;
    expect(issuesOf(withoutSteps)).toEqual([{ path: 'steps', reason: 'required: a list of 2 to 10 steps' }]);
    expect(issuesOf({ ...sequence, steps: sequence.steps.slice(0, 1) })).toEqual([{ path: 'steps', reason: 'a sequence needs at least 2 steps' }]);
    expect(issuesOf({ ...sequence, withinHours: 0 })).toEqual([{ path: 'withinHours', reason: 'must be greater than 0' }]);
    expect(issuesOf({ ...sequence, groupBy: ['admin1'] })).toEqual([{ path: 'groupBy', reason: 'a sequence is grouped by joinOn; groupBy does not apply' }]);
  });

  it('bounds the grouping wait to whole seconds up to an hour', () => {
    expect(validateRule({ ...threshold, groupWaitSeconds: 30 })).toMatchObject({ ok: true, rule: { groupWaitSeconds: 30 } });
    expect(issuesOf({ ...threshold, groupWaitSeconds: 0 })).toEqual([{ path: 'groupWaitSeconds', reason: 'must be greater than 0' }]);
    expect(issuesOf({ ...threshold, groupWaitSeconds: 1.5 })).toEqual([{ path: 'groupWaitSeconds', reason: 'must be a whole number' }]);
    expect(issuesOf({ ...threshold, groupWaitSeconds: 3601 })).toEqual([{ path: 'groupWaitSeconds', reason: expect.stringContaining('3600') }]);
  });

  it('refuses unknown fields (a typo must not pass silently)', () => {
    expect(issuesOf({ ...sequence, within: 48 })).toEqual([{ path: 'within', reason: expect.stringContaining("unknown field 'within'") }]);
  });

  it('refuses unknown filter fields and operators, and operators that mean nothing for a field', () => {
    const step = (filter: unknown) => ({ ...sequence, steps: [sequence.steps[0], { filter: { all: [filter] } }] });
    expect(issuesOf(step({ field: 'weather', op: 'eq', value: 'rain' }))).toEqual([{ path: 'steps[1].filter.all[0].field', reason: expect.stringContaining('unknown filter field "weather"') }]);
    expect(issuesOf(step({ field: 'tags', op: 'matches', value: '.*' }))).toEqual([{ path: 'steps[1].filter.all[0].op', reason: expect.stringContaining('unknown operator "matches"') }]);
    expect(issuesOf(step({ field: 'tags', op: 'gte', value: 'x' }))).toEqual([{ path: 'steps[1].filter.all[0].op', reason: "operator 'gte' does not apply to field 'tags' (use eq, in, contains, exists)" }]);
    expect(issuesOf(step({ field: 'grade', op: 'gte', value: 'G7' }))).toEqual([{ path: 'steps[1].filter.all[0].value', reason: expect.stringContaining('a grade is') }]);
    expect(issuesOf(step({ field: 'fatalities', op: 'gt', value: '10' }))).toEqual([{ path: 'steps[1].filter.all[0].value', reason: 'must be a number of at least 0' }]);
    expect(issuesOf(step({ field: 'tags', op: 'eq', value: 'x', roles: ['actor1'] }))).toEqual([{ path: 'steps[1].filter.all[0].roles', reason: 'roles apply only to the actor field' }]);
    expect(issuesOf(step({ field: 'text', op: 'contains', value: 'al' }))).toEqual([{ path: 'steps[1].filter.all[0].value', reason: expect.stringContaining('no letters or digits') }]);
  });

  it('bounds a filter so a rule cannot be a denial of service', () => {
    expect(issuesOf({ ...threshold, filter: { field: 'text', op: 'contains', value: 'x'.repeat(201) } })).toEqual([{ path: 'filter.value', reason: 'value too long (at most 200 characters)' }]);
    expect(issuesOf({ ...threshold, filter: nested(7) })).toEqual([]);
    expect(issuesOf({ ...threshold, filter: nested(8) })).toEqual([{ path: 'filter.not.not.not.not.not.not.not.not', reason: 'filter nested deeper than 8 levels' }]);
    const wide = { any: Array.from({ length: 150 }, () => ({ field: 'tags', op: 'eq', value: 'x' })) };
    expect(issuesOf({ ...threshold, filter: wide })).toEqual([{ path: 'filter.any[99]', reason: 'filter has more than 100 conditions' }]);
    const longIn = { field: 'tags', op: 'in', value: Array.from({ length: 101 }, (_, i) => `t${i}`) };
    expect(issuesOf({ ...threshold, filter: longIn })).toEqual([{ path: 'filter.value', reason: 'in takes at most 100 values' }]);
  });

  it('checks kind-specific numbers', () => {
    expect(issuesOf({ ...threshold, threshold: { op: 'gte', value: 0 } })).toEqual([{ path: 'threshold.value', reason: 'must be at least 1' }]);
    const spike = { ...threshold, kind: 'spike', threshold: undefined, windowHours: 48, baselineDays: 1, factor: 3, minCount: 3 };
    expect(issuesOf(spike)).toEqual([{ path: 'baselineDays', reason: 'the baseline must be longer than the window' }]);
    expect(issuesOf({ ...threshold, id: 'has|pipe' })).toEqual([{ path: 'id', reason: 'letters, digits and . _ : - only' }]);
  });

  it('never throws, and what it accepts it accepts again unchanged', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), (input) => {
        const result = validateRule(input);
        if (result.ok) expect(validateRule(result.rule)).toEqual(result);
        else expect(result.issues.length).toBeGreaterThan(0);
      }),
    );
    expect(validateRule(null)).toEqual({ ok: false, issues: [{ path: '(root)', reason: 'a rule is a JSON object' }] });
  });
});
