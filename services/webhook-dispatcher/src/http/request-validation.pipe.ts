import { BadRequestException, type PipeTransform } from '@nestjs/common';
import type { ValidationIssue } from '@sitrep/contracts';
import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';

/** Keys that would reach an object's prototype when class-transformer copies them. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** PostgreSQL text refuses U+0000, and a lone surrogate cannot be written as UTF-8. */
export const STORABLE_TEXT = /^[^\u0000\p{Cs}]*$/u;
export const STORABLE_TEXT_MESSAGE = '$property must not contain U+0000 or unpaired surrogates';

/** 400 in the shape every Sitrep API uses: each issue at its field path. */
export function badRequest(issues: ValidationIssue[]): BadRequestException {
  return new BadRequestException({ statusCode: 400, error: 'Bad Request', message: 'The request is invalid', issues });
}

/**
 * A request body checked against a class-validator DTO: a JSON object, no unknown or
 * prototype-polluting keys, every failed rule as an issue at its (nested) field path.
 */
export class RequestValidationPipe<T extends object> implements PipeTransform<unknown, T> {
  constructor(private readonly schema: new () => T) {}

  transform(body: unknown): T {
    const issues = this.issues(body);
    if (issues.length > 0) throw badRequest(issues);
    return plainToInstance(this.schema, body);
  }

  private issues(body: unknown): ValidationIssue[] {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return [{ path: '(root)', reason: 'must be a JSON object' }];
    const forbidden = forbiddenKeys(body, '');
    if (forbidden.length > 0) return forbidden;
    const errors = validateSync(plainToInstance(this.schema, body), { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true });
    return errors.flatMap((error) => toIssues(error, ''));
  }
}

function forbiddenKeys(value: object, parent: string): ValidationIssue[] {
  return Object.entries(value).flatMap(([key, child]): ValidationIssue[] => {
    const path = parent === '' ? key : `${parent}.${key}`;
    if (FORBIDDEN_KEYS.has(key)) return [{ path, reason: `key "${key}" is not allowed` }];
    return typeof child === 'object' && child !== null && !Array.isArray(child) ? forbiddenKeys(child, path) : [];
  });
}

function toIssues(error: ValidationError, parent: string): ValidationIssue[] {
  const path = parent === '' ? error.property : /^\d+$/.test(error.property) ? `${parent}[${error.property}]` : `${parent}.${error.property}`;
  const own = Object.values(error.constraints ?? {}).map((reason) => ({ path, reason }));
  return [...own, ...(error.children ?? []).flatMap((child) => toIssues(child, path))];
}
