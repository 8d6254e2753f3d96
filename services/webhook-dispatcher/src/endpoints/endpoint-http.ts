import { NotFoundException, ParseUUIDPipe } from '@nestjs/common';
import type { VerifiedKey } from '@sitrep/platform';
import type { DestinationGuard } from '../ssrf/destination-guard';
import { parseWebhookUrl } from '../ssrf/destination-guard';
import { badRequest } from '../http/request-validation.pipe';

export const endpointNotFound = () => new NotFoundException({ statusCode: 404, error: 'Not Found', message: 'No webhook endpoint with this id' });

/** `:id` as a uuid; anything else cannot name an endpoint, so it is a 404 like an unknown one. */
export const endpointIdPipe = () => new ParseUUIDPipe({ exceptionFactory: endpointNotFound });

/**
 * The URL a webhook may be registered with, normalised (`http://0x7f000001/` is 127.0.0.1), or a
 * 400 at `url` with the SSRF guard's reason — decided before any connection is attempted.
 */
export async function acceptableUrl(guard: DestinationGuard, raw: string): Promise<string> {
  const url = parseWebhookUrl(raw);
  if (typeof url === 'string') throw badRequest([{ path: 'url', reason: `url ${url}` }]);
  const check = await guard.check(url.href);
  if (!check.ok) throw badRequest([{ path: 'url', reason: `url is refused: ${check.reason}` }]);
  return url.href;
}

/** The API key behind the request (set by the access guard), to record who created what. */
export function requestKeyId(request: unknown): string | null {
  return (request as { sitrepKey?: VerifiedKey }).sitrepKey?.id ?? null;
}
