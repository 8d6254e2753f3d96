import { ValidateBy, ValidateIf, type ValidationArguments } from 'class-validator';
import type { ReportOp } from './report.types';

export interface PresenceRule {
  /** Ops for which the field must be present (an array: present and non-empty). */
  requiredFor: readonly ReportOp[];
  /** Ops for which the field must be absent. */
  forbiddenFor: readonly ReportOp[];
}

/**
 * Whether a field may, must or must not appear depends on the report's `op` (e.g. `assertion` is
 * required for assert/supersede and forbidden for retract). The field's other rules run only when
 * it is present or required; when this rule fails, it is the only reason reported for the field.
 */
export function PresenceByOp(rule: PresenceRule): PropertyDecorator {
  const runWhenPresentOrRequired = ValidateIf((object: object, value: unknown) => value !== undefined || isOneOf(rule.requiredFor, opOf(object)));
  const presence = ValidateBy({
    name: 'presenceByOp',
    constraints: [rule],
    validator: {
      validate: (value: unknown, args?: ValidationArguments) => presenceHolds(rule, opOf(args?.object), value),
      defaultMessage: (args?: ValidationArguments) => describeRule(rule, opOf(args?.object)),
    },
  });
  return (target, key) => {
    runWhenPresentOrRequired(target, key);
    presence(target, key);
  };
}

function opOf(object: object | undefined): ReportOp | undefined {
  return (object as { op?: ReportOp } | undefined)?.op;
}

function isOneOf(ops: readonly ReportOp[], op: ReportOp | undefined): boolean {
  return op !== undefined && ops.includes(op);
}

function presenceHolds(rule: PresenceRule, op: ReportOp | undefined, value: unknown): boolean {
  if (isOneOf(rule.forbiddenFor, op)) return value === undefined;
  if (isOneOf(rule.requiredFor, op)) return value !== undefined && !(Array.isArray(value) && value.length === 0);
  return true;
}

function describeRule(rule: PresenceRule, op: ReportOp | undefined): string {
  if (isOneOf(rule.forbiddenFor, op)) return `$property must be absent when op is ${op}`;
  return `$property is required (and must not be empty) when op is ${rule.requiredFor.join(' or ')}`;
}
