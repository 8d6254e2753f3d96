import { ValidateIf } from 'class-validator';

/**
 * The field may be left out, but when present it must be valid. Unlike `@IsOptional()` this does
 * not let `null` through: the contract's optional fields are `T | undefined`, never `null`.
 */
export function OptionalField(): PropertyDecorator {
  return ValidateIf((_object: object, value: unknown) => value !== undefined);
}
