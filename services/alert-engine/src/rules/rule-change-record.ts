import type { AppendRecord, LogRecord } from '@sitrep/contracts';
import { RULE_CHANGE_KINDS, type RuleChange } from '@sitrep/db';
import { validateRule } from '@sitrep/domain-alerting';
import { withoutFilledDefaults } from './without-filled-defaults';

export const RULE_CHANGED_TYPE = 'sitrep.rule.changed.v1';
const SOURCE = '/sitrep/alert-engine';

/**
 * A rule change as a record of the rules topic: CloudEvents binary mode (`ce_*` headers, the change
 * as the JSON value), keyed by rule id so a rule's changes keep their order on any partitioning.
 */
export function ruleChangeMessage(change: RuleChange): AppendRecord {
  return {
    key: change.ruleId,
    value: Buffer.from(JSON.stringify(change), 'utf8'),
    headers: {
      ce_specversion: '1.0',
      ce_id: change.changeId,
      ce_type: RULE_CHANGED_TYPE,
      ce_source: SOURCE,
      ce_subject: change.ruleId,
      ce_time: change.changedAt,
      'content-type': 'application/json',
    },
  };
}

export type ParsedRuleChange = { ok: true; change: RuleChange } | { ok: false; reason: string };

/**
 * A record of the rules topic, checked again at this edge: the type, the shape, and the rule itself
 * through validateRule (what evaluate trusts). A record failing here is skipped, never applied.
 */
export function parseRuleChange(record: Pick<LogRecord, 'value' | 'headers'>): ParsedRuleChange {
  if (record.headers.ce_type !== RULE_CHANGED_TYPE) return { ok: false, reason: `not a ${RULE_CHANGED_TYPE} record (ce_type ${record.headers.ce_type ?? 'missing'})` };
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(record.value.toString('utf8')) as Record<string, unknown>;
  } catch (error) {
    return { ok: false, reason: `value is not JSON: ${String(error)}` };
  }
  const { changeId, ruleId, kind, baseRevision, changedBy, changedAt, rule } = data ?? {};
  if (typeof changeId !== 'string' || typeof ruleId !== 'string' || typeof changedAt !== 'string') return { ok: false, reason: 'changeId, ruleId and changedAt are required strings' };
  if (!RULE_CHANGE_KINDS.includes(kind as RuleChange['kind'])) return { ok: false, reason: `unknown change kind ${JSON.stringify(kind)}` };
  if (typeof baseRevision !== 'number' || !Number.isInteger(baseRevision) || baseRevision < 0) return { ok: false, reason: 'baseRevision must be a whole number' };
  if (changedBy !== null && typeof changedBy !== 'string') return { ok: false, reason: 'changedBy must be a string or null' };
  const change: RuleChange = { changeId, ruleId, kind: kind as RuleChange['kind'], baseRevision, changedBy, changedAt };
  if (rule === undefined) return { ok: true, change };
  const validated = validateRule(withoutFilledDefaults(rule));
  if (!validated.ok) return { ok: false, reason: `invalid rule: ${validated.issues.map((i) => `${i.path}: ${i.reason}`).join('; ')}` };
  return { ok: true, change: { ...change, rule: validated.rule } };
}

