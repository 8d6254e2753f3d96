import type { ValidationError } from 'class-validator';
import { joinPath } from './join-path';
import type { ValidationIssue } from './validation-result';

/**
 * Constraints that, when they fail, explain everything else on the field and below it: a missing
 * required field also fails "must be an object"; an object where an array belongs would otherwise
 * be validated as one of its items. Then only that constraint is reported for the field.
 */
export const SUPERSEDING_CONSTRAINTS = ['presenceByOp', 'isArray', 'isObject'];

/** class-validator's error tree → one issue per failed constraint, at the field's full path. */
export function flattenValidationErrors(errors: ValidationError[], parentPath = '', parentIsArray = false): ValidationIssue[] {
  return errors.flatMap((error) => {
    const path = joinPath(parentPath, error.property, parentIsArray);
    const superseding = supersedingReason(error);
    if (superseding !== undefined) return [{ path, reason: superseding }];
    const own = Object.values(error.constraints ?? {}).map((reason) => ({ path, reason }));
    const nested = flattenValidationErrors(error.children ?? [], path, Array.isArray(error.value));
    return [...own, ...nested];
  });
}

function supersedingReason(error: ValidationError): string | undefined {
  const constraints = error.constraints ?? {};
  const name = SUPERSEDING_CONSTRAINTS.find((candidate) => constraints[candidate] !== undefined);
  return name === undefined ? undefined : constraints[name];
}
