import { describe, expect, it } from '@jest/globals';
import type { RuleStateRecord, StoredRule } from '@sitrep/db';
import { emptyRuleState } from '@sitrep/domain-alerting';
import { ruleOf } from '../testing/rule-of';
import { planRules } from './plan-rules';

const base = { name: 'r', severity: 'info', kind: 'match', filter: { all: [] } };
const stored = (id: string, version: number, epoch: number, flags: Partial<Pick<StoredRule, 'enabled' | 'deleted'>> = {}): StoredRule => ({
  id, version, revision: epoch, epoch, enabled: true, deleted: false, rule: ruleOf({ ...base, id }, version),
  createdAt: '2026-01-01T00:00:00.000Z', createdBy: null, updatedAt: '2026-01-01T00:00:00.000Z', updatedBy: null, ...flags,
});
const state = (ruleId: string, ruleVersion: number, epoch: number): RuleStateRecord => ({
  ruleId, ruleVersion, epoch, state: emptyRuleState({ id: ruleId, version: ruleVersion }), ledger: { lastNotifiedAt: {}, notified: {} }, warmedUpAt: '2026-01-01T00:00:00.000Z', warmUpChanges: 0,
});

describe('planRules', () => {
  it('runs rules whose state is current, starts new, edited and re-enabled ones, stops the rest', () => {
    const plan = planRules(
      [stored('same', 1, 1), stored('new', 1, 1), stored('edited', 2, 2), stored('reenabled', 1, 3), stored('off', 1, 1, { enabled: false }), stored('gone', 1, 1, { deleted: true, enabled: false }), stored('idle', 1, 1, { enabled: false })],
      [state('same', 1, 1), state('edited', 1, 1), state('reenabled', 1, 1), state('off', 1, 1), state('gone', 1, 1), state('orphan', 1, 1)],
    );
    expect(plan.running.map((r) => r.rule.id)).toEqual(['same']);
    expect(plan.starting.map((s) => [s.rule.id, s.previous?.ruleVersion ?? null])).toEqual([['new', null], ['edited', 1], ['reenabled', 1]]);
    expect(plan.stopping.map((s) => s.ruleId)).toEqual(['off', 'gone', 'orphan']);
  });
});
