import { joinPath } from './join-path';
import type { ValidationIssue } from './validation-result';

/**
 * Keys that reach `Object.prototype` when a generic deep-copy or merge walks the input, and the
 * names of its members (`toString`, `valueOf`, …): class-validator's whitelist looks fields up on
 * the instance, so a nested `toString` would pass as a known field and be stored.
 */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype', ...Object.getOwnPropertyNames(Object.prototype)]);

/** Far deeper than the contract (five levels); deeper input is an attack on recursive code. */
export const MAX_DEPTH = 32;

interface Pending {
  value: unknown;
  path: string;
  depth: number;
}

/**
 * Walks the whole input, iteratively so no depth can overflow the stack, before class-transformer
 * (which recurses and copies keys blindly) ever sees it. Reports forbidden keys, excessive depth
 * and cycles (which show up as excessive depth); an empty list means the input is safe to transform.
 */
export function findUnsafeStructure(input: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const pending: Pending[] = [{ value: input, path: '', depth: 0 }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { value, path, depth } = next;
    if (typeof value !== 'object' || value === null) continue;
    if (depth > MAX_DEPTH) {
      issues.push({ path, reason: `nests deeper than ${MAX_DEPTH} levels (or refers to itself)` });
      continue;
    }
    const isArray = Array.isArray(value);
    for (const key of Object.keys(value)) {
      const childPath = joinPath(path, key, isArray);
      if (FORBIDDEN_KEYS.has(key)) issues.push({ path: childPath, reason: `key "${key}" is not allowed` });
      else pending.push({ value: (value as Record<string, unknown>)[key], path: childPath, depth: depth + 1 });
    }
  }
  return issues;
}
