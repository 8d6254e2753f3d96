import { Catch, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { LogUnavailableError } from '@sitrep/contracts';
import type { Response } from 'express';

/** Long enough for a broker or coordinator to come back, short enough for an operator's dashboard. */
export const LOG_RETRY_AFTER_SECONDS = 5;

/** 503 + Retry-After with a JSON body: a dependency is down, the client should come back later. */
export function respondUnavailable(response: Response, retryAfterSeconds: number, message: string): void {
  response.status(503).setHeader('Retry-After', String(retryAfterSeconds)).json({ statusCode: 503, error: 'Service Unavailable', message });
}

/**
 * The log of record cannot answer right now (broker down, partitions between leaders): 503 with
 * Retry-After, not 500. An outage of a dependency is not a bug in Sitrep, and clients and probes
 * retry a 503. The cause (broker addresses, Kafka's error) goes to the log, not to the client.
 * Routes with their own answer (ingest's idempotent retry advice) keep it: a controller's filter
 * runs before this global one.
 */
@Catch(LogUnavailableError)
export class LogUnavailableFilter implements ExceptionFilter {
  private readonly logger = new Logger('LogUnavailable');

  catch(error: LogUnavailableError, host: ArgumentsHost): void {
    this.logger.warn(`answered 503: ${error.message}`);
    respondUnavailable(host.switchToHttp().getResponse<Response>(), LOG_RETRY_AFTER_SECONDS, 'The log of record is unavailable; retry later.');
  }
}
