import type { StringBounds } from './bounded-string';
import { parseIsoDateOrDateTime } from './iso-date-time';
import { isStorableText } from './storable-text';

/**
 * Building blocks of the fast structural checks (fast-submission-check.ts): plain predicates that
 * mirror the class-validator decorators for the values JSON.parse produces. They may be stricter
 * than the decorators — anything they refuse goes to class-validator, which has the last word and
 * the detailed reasons — but never looser; validate-submission.fast-path.spec.ts holds them to that.
 */
export type Fields = Record<string, unknown>;

/**
 * An object as JSON.parse builds it, with only `allowed` keys and no key set to `undefined`.
 * Stricter than class-validator on purpose: null-prototype objects, class instances, `undefined`
 * values and unknown keys (even those class-transformer skips) all take the slow path.
 */
export function isRecordWith(value: unknown, allowed: ReadonlySet<string>): value is Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  // Object.prototype of any realm (Jest runs code in a vm context of its own).
  if (prototype === null || Object.getPrototypeOf(prototype) !== null) return false;
  for (const key of Object.keys(value)) {
    if (!allowed.has(key) || (value as Fields)[key] === undefined) return false;
  }
  return true;
}

/** BoundedString: a string of `min`–`max` UTF-16 code units that PostgreSQL can store. */
export function isBoundedString(value: unknown, { min, max }: StringBounds): value is string {
  return typeof value === 'string' && value.length >= min && value.length <= max && isStorableText(value);
}

/** OptionalField + BoundedString: absent, or a bounded string. */
export function isOptionalString(value: unknown, bounds: StringBounds): boolean {
  return value === undefined || isBoundedString(value, bounds);
}

/** IsIsoDateOrDateTime (with `timeRequired` for Sitrep's own clocks). */
export function isIsoDate(value: unknown, timeRequired = false): value is string {
  const parsed = typeof value === 'string' ? parseIsoDateOrDateTime(value) : null;
  return parsed !== null && (parsed.hasTime || !timeRequired);
}

/** IsIn: strict equality with one of the listed values. */
export function isOneOf(value: unknown, allowed: readonly unknown[]): boolean {
  return allowed.includes(value);
}

/** IsArray + ArrayMaxSize + StringItems: every item a bounded, storable string. */
export function isStringList(value: unknown, maxItems: number, bounds: StringBounds): value is string[] {
  if (!Array.isArray(value) || value.length > maxItems) return false;
  // An index loop, not every(): a hole reads as undefined and is refused rather than skipped.
  for (let index = 0; index < value.length; index++) if (!isBoundedString(value[index], bounds)) return false;
  return true;
}

/** NestedArray (or IsArray + ArrayMaxSize + `each`): a bounded array whose every item passes `item`. */
export function isListOf(value: unknown, maxItems: number, item: (value: unknown) => boolean): boolean {
  if (!Array.isArray(value) || value.length > maxItems) return false;
  for (let index = 0; index < value.length; index++) if (!item(value[index])) return false;
  return true;
}

/** IsInt + Min + Max (CasualtyCount), or IsNumber without NaN/Infinity + Min + Max (coordinates). */
export function isNumberWithin(value: unknown, min: number, max: number, integer: boolean): value is number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return false;
  return (!integer || Number.isInteger(value)) && value >= min && value <= max;
}
