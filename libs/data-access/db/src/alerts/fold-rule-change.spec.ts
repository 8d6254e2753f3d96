import { describe, expect, it } from '@jest/globals';
import { validateRule, type AlertRule } from '@sitrep/domain-alerting';
import type { RuleChange, StoredRule } from './alert-rule.types';
import { foldRuleChange } from './fold-rule-change';

const ruleAt = (version: number, overrides: Record<string, unknown> = {}): AlertRule => {
  const result = validateRule({ id: 'hasakah-prisons', version, name: 'Prison attacks in Hasakah', severity: 'critical', kind: 'match', filter: { field: 'tags', op: 'contains', value: 'prison' }, ...overrides });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.rule;
};
const change = (kind: RuleChange['kind'], baseRevision: number, rule?: AlertRule, changedBy = 'key-1'): RuleChange => ({
  changeId: `c-${kind}-${baseRevision}`, ruleId: 'hasakah-prisons', kind, baseRevision, changedBy, changedAt: `2026-11-2${baseRevision}T10:00:00.000Z`, ...(rule && { rule }),
});
const fold = (changes: RuleChange[]): { rule: StoredRule | null; refused: string[]; trail: string[] } => {
  let rule: StoredRule | null = null;
  const refused: string[] = [];
  const trail: string[] = [];
  for (const c of changes) {
    const outcome = foldRuleChange(rule, c);
    if (!outcome.ok) refused.push(outcome.reason);
    else {
      rule = outcome.rule;
      trail.push(`${outcome.revision.revision} v${outcome.revision.version} ${outcome.revision.change} ${outcome.revision.diff.map((d) => d.field).join(',')}`);
    }
  }
  return { rule, refused, trail };
};

describe('foldRuleChange: rules projected from the rules topic', () => {
  it('records every change with its revision, version and the fields it changed', () => {
    const { rule, trail } = fold([
      change('created', 0, ruleAt(1)),
      change('updated', 1, ruleAt(2, { severity: 'warning' })),
      change('disabled', 2),
      change('enabled', 3),
      change('deleted', 4),
    ]);
    expect(trail).toEqual([
      '1 v1 created enabled,filter,groupBy,id,kind,latenessDays,name,severity,version',
      '2 v2 updated severity,version',
      '3 v2 disabled enabled',
      '4 v2 enabled enabled',
      '5 v2 deleted enabled',
    ]);
    expect(rule).toMatchObject({ version: 2, revision: 5, epoch: 4, deleted: true, enabled: false, createdAt: '2026-11-20T10:00:00.000Z', updatedBy: 'key-1' });
  });

  it('moves the epoch (the engine starts the rule afresh) on create, new version and enable, not on disable', () => {
    expect(fold([change('created', 0, ruleAt(1)), change('disabled', 1)]).rule?.epoch).toBe(1);
    expect(fold([change('created', 0, ruleAt(1)), change('updated', 1, ruleAt(2))]).rule?.epoch).toBe(2);
  });

  it('refuses a stale update, a second create, a wrong version and changes to a missing or deleted rule', () => {
    const { refused, rule } = fold([
      change('updated', 0, ruleAt(2)),
      change('created', 0, ruleAt(1)),
      change('created', 0, ruleAt(1)),
      change('updated', 1, ruleAt(3)),
      change('updated', 0, ruleAt(2)),
      change('enabled', 1),
      change('deleted', 1),
      change('disabled', 2),
    ]);
    expect(refused).toEqual([
      'rule hasakah-prisons does not exist',
      'rule hasakah-prisons exists already (ids are never reused)',
      'an update makes version 2, not 3',
      'stale: made on revision 0, the rule is at 1',
      'rule hasakah-prisons is already enabled',
      'rule hasakah-prisons does not exist',
    ]);
    expect(rule?.deleted).toBe(true);
  });

  it('sees no change in equal JSON whose keys come back in another order (jsonb)', () => {
    const reverse = (value: unknown): unknown =>
      typeof value !== 'object' || value === null || Array.isArray(value) ? value : Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reverse(v)]));
    const reordered = reverse(ruleAt(1)) as AlertRule;
    const created = foldRuleChange(null, change('created', 0, ruleAt(1)));
    if (!created.ok) throw new Error(created.reason);
    const updated = foldRuleChange({ ...created.rule, rule: reordered }, change('updated', 1, ruleAt(2)));
    expect(updated.ok && updated.revision.diff).toEqual([{ field: 'version', from: 1, to: 2 }]);
  });
});
