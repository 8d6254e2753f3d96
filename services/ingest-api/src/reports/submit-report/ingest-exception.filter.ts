import { Catch, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { respondUnavailable } from '@sitrep/platform';
import type { Response } from 'express';
import { IngestUnavailableError } from '../record-reports/record-outcome';

/** The log or the ledger is down: 503 with Retry-After. A retry appends the report at most once. */
@Catch(IngestUnavailableError)
export class IngestExceptionFilter implements ExceptionFilter {
  catch(error: IngestUnavailableError, host: ArgumentsHost): void {
    respondUnavailable(
      host.switchToHttp().getResponse<Response>(),
      error.retryAfterSeconds,
      'The log of record is unavailable; retry later (a retry records each report at most once).',
    );
  }
}
