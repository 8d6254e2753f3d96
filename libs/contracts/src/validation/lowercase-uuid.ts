import { Matches } from 'class-validator';

/**
 * A UUID (versions 1–8) in canonical lower case. Ids are compared as strings across the log and
 * the database, so `ABC…` and `abc…` must not both be accepted as the same report.
 */
export const LOWERCASE_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

export function IsLowercaseUuid(options: { each?: boolean } = {}): PropertyDecorator {
  const message = options.each ? 'each item of $property must be a lowercase UUID' : '$property must be a lowercase UUID';
  return Matches(LOWERCASE_UUID, { each: options.each, message });
}
