import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidatorOptions } from 'class-validator';
import { findUnsafeStructure } from './find-unsafe-structure';
import { flattenValidationErrors } from './flatten-validation-errors';
import { ROOT_PATH, type ValidationIssue } from './validation-result';

/** Unknown fields are refused at every depth, never silently dropped. */
const STRICT: ValidatorOptions = {
  whitelist: true,
  forbidNonWhitelisted: true,
  forbidUnknownValues: true,
  validationError: { target: false, value: true },
};

/**
 * Runs the schema class over untrusted input and returns every issue (empty when valid). Input that
 * is not a plain JSON object, or that carries prototype-polluting keys or absurd depth, is refused
 * before class-transformer sees it; only those structural issues are reported then.
 */
export function validateAgainstSchema(schema: new () => object, input: unknown): ValidationIssue[] {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return [{ path: ROOT_PATH, reason: `must be a JSON object, got ${describe(input)}` }];
  }
  const unsafe = findUnsafeStructure(input);
  if (unsafe.length > 0) return unsafe;
  const instance = plainToInstance(schema, input);
  return flattenValidationErrors(validateSync(instance, STRICT));
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}
