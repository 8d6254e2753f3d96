import type { Incident } from '@sitrep/domain-incidents';
import type { GroupField } from '../filters/filter.types';
import { fieldValues } from '../filters/incident-fields';
import type { AlertRule } from '../rules/alert-rule.types';
import { groupKeysOf } from './group-key';
import type { PreparedRule } from './prepare-rule';
import type { IncidentFacts } from './rule-state.types';

/**
 * What the rule keeps of an incident that is evidence for it, or null when it is not: only an
 * active incident counts (a retracted or merged one takes its evidence back), it must pass the
 * filter, fill at least one step (sequence), have a value for every grouping field, and have a
 * term (new_term).
 */
export function factsOf(prepared: PreparedRule, incident: Incident): IncidentFacts | null {
  const { rule } = prepared;
  if (incident.status !== 'active' || !prepared.matches(incident)) return null;
  const steps = prepared.steps.flatMap((matches, index) => (matches(incident) ? [index] : []));
  if (rule.kind === 'sequence' && steps.length === 0) return null;
  const groups = groupKeysOf(incident, scopeFieldsOf(rule));
  if (groups.length === 0) return null;
  const valueField = valueFieldOf(rule);
  const values = valueField === undefined ? [] : [...new Set(fieldValues(incident, valueField))].sort();
  if (rule.kind === 'new_term' && values.length === 0) return null;
  return { groups, values, steps };
}

/** The fields alerts are grouped by: a sequence's join, any other rule's groupBy. */
export function scopeFieldsOf(rule: AlertRule): GroupField[] {
  return rule.kind === 'sequence' ? rule.joinOn : rule.groupBy;
}

function valueFieldOf(rule: AlertRule): GroupField | undefined {
  if (rule.kind === 'threshold') return rule.distinctField;
  if (rule.kind === 'new_term') return rule.termField;
  return undefined;
}
