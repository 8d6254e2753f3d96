import { BadRequestException } from '@nestjs/common';
import type { ValidationError } from 'class-validator';

/** One refused parameter: its name as the client sent it and why, in words. */
export interface ParameterIssue {
  parameter: string;
  reason: string;
}

/** The 400 every query endpoint answers: `{ statusCode, error, message, issues: [{ parameter, reason }] }`. */
export function badParameters(issues: ParameterIssue[]): BadRequestException {
  const names = [...new Set(issues.map((issue) => issue.parameter))].join(', ');
  return new BadRequestException({ statusCode: 400, error: 'Bad Request', message: `invalid parameter(s): ${names}`, issues });
}

export function badParameter(parameter: string, reason: string): BadRequestException {
  return badParameters([{ parameter, reason }]);
}

/** class-validator's errors as parameter issues (query DTOs are flat: no nested children). */
export function issuesOf(errors: ValidationError[]): ParameterIssue[] {
  return errors.flatMap((error) =>
    Object.values(error.constraints ?? { invalid: `${error.property} is invalid` }).map((reason) => ({ parameter: error.property, reason })),
  );
}
