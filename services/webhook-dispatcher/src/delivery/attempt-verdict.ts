import { retryDelayMs } from './retry-schedule';

/** What one POST came to. */
export type SendResult =
  | { kind: 'response'; status: number; retryAfterMs: number | null; location: string | null }
  | { kind: 'timeout'; afterMs: number }
  | { kind: 'network'; message: string }
  /** The SSRF guard stopped it before (or at) connecting. */
  | { kind: 'refused'; reason: string }
  /** Not sent: something on our side failed (e.g. the secret would not open); worth retrying once fixed. */
  | { kind: 'local'; message: string };

export interface RetryPolicy {
  scheduleMs: readonly number[];
  jitter: number;
  /** A receiver's Retry-After is honoured up to this; a larger one would park the delivery for ever. */
  maxRetryAfterMs: number;
}

export type Verdict =
  | { outcome: 'succeeded'; error: null }
  | { outcome: 'dead'; error: string }
  | { outcome: 'retry'; retryInMs: number; error: string };

/** Statuses that say "not now" rather than "never": the request may succeed if sent again later. */
const RETRYABLE_STATUSES = new Set([408, 409, 425, 429]);

/**
 * Decides what follows an attempt: 2xx ends the delivery; 5xx, 408, 409, 425, 429, timeouts and
 * network errors retry on the schedule (never sooner than a Retry-After); other 4xx, redirects
 * (never followed: a webhook that moved must be re-pointed) and refused addresses are dead at once.
 */
export function attemptVerdict(result: SendResult, roundAttempt: number, policy: RetryPolicy, random: number): Verdict {
  if (result.kind === 'refused') return { outcome: 'dead', error: `refused by the SSRF guard: ${result.reason}` };
  const failure = permanentFailure(result);
  if (failure === 'succeeded') return { outcome: 'succeeded', error: null };
  if (failure !== null) return { outcome: 'dead', error: failure };
  const error = describe(result);
  const delay = retryDelayMs(roundAttempt, policy.scheduleMs, policy.jitter, random);
  if (delay === null) return { outcome: 'dead', error: `gave up after ${roundAttempt} attempt(s); the last: ${error}` };
  const asked = result.kind === 'response' && result.retryAfterMs !== null ? Math.min(result.retryAfterMs, policy.maxRetryAfterMs) : 0;
  return { outcome: 'retry', retryInMs: Math.max(delay, asked), error };
}

function permanentFailure(result: Exclude<SendResult, { kind: 'refused' }>): 'succeeded' | string | null {
  if (result.kind !== 'response') return null;
  const { status } = result;
  if (status >= 200 && status < 300) return 'succeeded';
  if (status >= 300 && status < 400) {
    const to = result.location ? ` to ${result.location.slice(0, 200)}` : '';
    return `HTTP ${status}: redirect${to} not followed; point the endpoint at the final URL`;
  }
  if (status >= 400 && status < 500 && !RETRYABLE_STATUSES.has(status)) return `HTTP ${status}: the receiver refused the notification`;
  return null;
}

function describe(result: Exclude<SendResult, { kind: 'refused' }>): string {
  switch (result.kind) {
    case 'response':
      return `HTTP ${result.status}`;
    case 'timeout':
      return `no response within ${result.afterMs} ms`;
    case 'network':
    case 'local':
      return result.message;
    default: {
      const _exhaustive: never = result;
      return _exhaustive;
    }
  }
}
