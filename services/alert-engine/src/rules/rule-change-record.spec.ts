import { describe, expect, it } from '@jest/globals';
import type { RuleChange } from '@sitrep/db';
import { hasakahRuleBody } from '@sitrep/db';
import { ruleOf } from '../testing/rule-of';
import { parseRuleChange, ruleChangeMessage, RULE_CHANGED_TYPE } from './rule-change-record';

const change: RuleChange = {
  changeId: '4f7e2c1a-8d4b-4c1e-9a51-1e8f6f3b9a10', ruleId: 'isis-prison-then-turkish-shelling', kind: 'created', rule: ruleOf(hasakahRuleBody()),
  baseRevision: 0, changedBy: 'key-7', changedAt: '2026-11-26T10:00:00.000Z',
};

describe('rule change records', () => {
  it('round-trip as CloudEvents keyed by rule id', () => {
    const message = ruleChangeMessage(change);
    expect(message.key).toBe(change.ruleId);
    expect(message.headers).toMatchObject({ ce_type: RULE_CHANGED_TYPE, ce_id: change.changeId, ce_subject: change.ruleId, ce_specversion: '1.0' });
    expect(parseRuleChange({ value: message.value, headers: message.headers ?? {} })).toEqual({ ok: true, change });
  });

  it('are refused when of another type, not JSON, incomplete, or carrying an invalid rule', () => {
    const headers = ruleChangeMessage(change).headers ?? {};
    const parse = (value: unknown, h = headers) => parseRuleChange({ value: Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)), headers: h });
    expect(parse(change, { ...headers, ce_type: 'sitrep.report.recorded.v1' })).toMatchObject({ ok: false });
    expect(parse('{nope')).toMatchObject({ ok: false, reason: expect.stringContaining('not JSON') });
    expect(parse({ ...change, kind: 'renamed' })).toMatchObject({ ok: false, reason: 'unknown change kind "renamed"' });
    expect(parse({ ...change, rule: { ...change.rule, withinHours: -1 } })).toMatchObject({ ok: false, reason: expect.stringContaining('withinHours') });
  });
});
