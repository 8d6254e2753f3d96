import { BadRequestException, ConflictException, NotFoundException } from '@nestjs/common';
import type { ValidationIssue } from '@sitrep/contracts';
import type { VerifiedKey } from '@sitrep/platform';

/** 400 in the shape every Sitrep API uses: each issue at its field (or parameter) path. */
export function badRequest(issues: ValidationIssue[]): BadRequestException {
  return new BadRequestException({ statusCode: 400, error: 'Bad Request', message: 'The request is invalid', issues });
}

export function notFound(message: string): NotFoundException {
  return new NotFoundException({ statusCode: 404, error: 'Not Found', message });
}

export function conflict(message: string): ConflictException {
  return new ConflictException({ statusCode: 409, error: 'Conflict', message });
}

/** The API key behind the request (set by the access guard), to record who did what. */
export function requestKeyId(request: unknown): string | null {
  return (request as { sitrepKey?: VerifiedKey } | null)?.sitrepKey?.id ?? null;
}
