import { ValidationPipe } from '@nestjs/common';
import { badParameters, issuesOf } from './bad-parameter';

/**
 * Validates query DTOs at the edge, once: unknown parameters are refused (a typo such as `admn1`
 * must not silently widen the answer), strings become numbers and arrays where the DTO says so.
 */
export function queryValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => badParameters(issuesOf(errors)),
  });
}
