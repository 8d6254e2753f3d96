import { ROOT_PATH, type ValidationIssue } from '@sitrep/contracts';

/**
 * Small readers for validating untrusted JSON: each reads one key, records what is wrong with it
 * at its full path (`steps[1].filter.all[0].op`) and returns the value only when it is usable, so
 * a validator reports every problem of a rule in one pass.
 */
export type Issues = ValidationIssue[];
export type JsonObject = Record<string, unknown>;

export function isRecord(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function pathOf(base: string, key: string | number): string {
  if (typeof key === 'number') return `${base === ROOT_PATH ? '' : base}[${key}]`;
  return base === ROOT_PATH || base === '' ? key : `${base}.${key}`;
}

export function refuse(issues: Issues, path: string, reason: string): undefined {
  issues.push({ path, reason });
  return undefined;
}

/** Keys outside `allowed` are refused: a typo such as `within` for `withinHours` must not pass silently. */
export function refuseUnknownKeys(input: JsonObject, allowed: readonly string[], path: string, issues: Issues): void {
  for (const key of Object.keys(input)) {
    if (input[key] !== undefined && !allowed.includes(key)) refuse(issues, pathOf(path, key), `unknown field '${key}' (expected one of ${allowed.join(', ')})`);
  }
}

export interface StringBounds {
  required: boolean;
  maxLength: number;
  pattern?: { regex: RegExp; description: string };
}

export function readString(input: JsonObject, key: string, path: string, issues: Issues, bounds: StringBounds): string | undefined {
  const at = pathOf(path, key);
  const value = input[key];
  if (value === undefined) return bounds.required ? refuse(issues, at, 'required') : undefined;
  if (typeof value !== 'string' || value.trim() === '') return refuse(issues, at, 'must be a non-empty string');
  if (value.length > bounds.maxLength) return refuse(issues, at, `must be at most ${bounds.maxLength} characters`);
  if (bounds.pattern && !bounds.pattern.regex.test(value)) return refuse(issues, at, bounds.pattern.description);
  return value;
}

export interface NumberBounds {
  required: boolean;
  integer?: boolean;
  /** Smallest allowed value; with `exclusive`, the value must be greater than it. */
  min: number;
  exclusive?: boolean;
  max: number;
}

export function readNumber(input: JsonObject, key: string, path: string, issues: Issues, bounds: NumberBounds): number | undefined {
  const at = pathOf(path, key);
  const value = input[key];
  if (value === undefined) return bounds.required ? refuse(issues, at, 'required') : undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) return refuse(issues, at, 'must be a number');
  if (bounds.integer && !Number.isInteger(value)) return refuse(issues, at, 'must be a whole number');
  if (bounds.exclusive ? value <= bounds.min : value < bounds.min) {
    return refuse(issues, at, `must be ${bounds.exclusive ? 'greater than' : 'at least'} ${bounds.min}`);
  }
  if (value > bounds.max) return refuse(issues, at, `must be at most ${bounds.max}`);
  return value;
}

export function readChoice<T extends string>(input: JsonObject, key: string, path: string, issues: Issues, choices: readonly T[], required: boolean): T | undefined {
  const at = pathOf(path, key);
  const value = input[key];
  if (value === undefined) return required ? refuse(issues, at, 'required') : undefined;
  if (typeof value === 'string' && (choices as readonly string[]).includes(value)) return value as T;
  return refuse(issues, at, `unknown ${key} ${JSON.stringify(value)} (expected one of ${choices.join(', ')})`);
}

/** A short list of distinct choices, e.g. `groupBy: ["admin1", "actor"]`. */
export function readChoiceList<T extends string>(input: JsonObject, key: string, path: string, issues: Issues, choices: readonly T[], maxItems: number): T[] | undefined {
  const at = pathOf(path, key);
  const value = input[key];
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) return refuse(issues, at, 'must be a list');
  if (value.length > maxItems) return refuse(issues, at, `must list at most ${maxItems} fields`);
  const known = value.filter((item): item is T => typeof item === 'string' && (choices as readonly string[]).includes(item));
  if (known.length !== value.length) return refuse(issues, at, `unknown field in list (expected ${choices.join(', ')})`);
  if (new Set(known).size !== known.length) return refuse(issues, at, 'lists a field twice');
  return known;
}

export function readBoolean(input: JsonObject, key: string, path: string, issues: Issues): boolean | undefined {
  const value = input[key];
  if (value === undefined || typeof value === 'boolean') return value;
  return refuse(issues, pathOf(path, key), 'must be true or false');
}
