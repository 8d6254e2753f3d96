import { describe, expect, it } from '@jest/globals';
import { hasakahRuleBody } from '@sitrep/db';
import { readRuleRequest } from './rule-request';

describe('readRuleRequest', () => {
  it('sets the version and keeps the body id, or generates one', () => {
    const named = readRuleRequest(hasakahRuleBody(), { generatedId: 'rule-x', version: 1 });
    expect(named.ok && [named.rule.id, named.rule.version]).toEqual(['isis-prison-then-turkish-shelling', 1]);
    const { id: _id, ...anonymous } = hasakahRuleBody();
    const generated = readRuleRequest(anonymous, { generatedId: 'rule-x', version: 1 });
    expect(generated.ok && generated.rule.id).toBe('rule-x');
  });

  it('takes back a sequence rule as the API showed it (with the groupBy validation filled in)', () => {
    const shown = readRuleRequest(hasakahRuleBody(), { generatedId: 'x', version: 1 });
    const again = shown.ok && readRuleRequest({ ...shown.rule, version: undefined }, { id: shown.rule.id, generatedId: 'x', version: 2 });
    expect(again && again.ok).toBe(true);
  });

  it('lists every issue at its path: server fields, a foreign id and the rule itself', () => {
    const body = { ...hasakahRuleBody(), version: 3, id: 'other', withinHours: 0, steps: [{ filter: { field: 'colour', op: 'eq', value: 'red' } }, { filter: { all: [] } }] };
    const result = readRuleRequest(body, { id: 'isis-prison-then-turkish-shelling', generatedId: 'x', version: 2 });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues.map((i) => i.path)).toEqual(['version', 'id', 'withinHours', 'steps[0].filter.field']);
    expect(readRuleRequest([1], { generatedId: 'x', version: 1 })).toEqual({ ok: false, issues: [{ path: '(root)', reason: 'a rule is a JSON object' }] });
  });
});
