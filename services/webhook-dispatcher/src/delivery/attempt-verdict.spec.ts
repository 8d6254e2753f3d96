import { describe, expect, it } from '@jest/globals';
import { attemptVerdict, type RetryPolicy, type SendResult } from './attempt-verdict';
import { DEFAULT_RETRY_SCHEDULE_MS } from './retry-schedule';

const policy: RetryPolicy = { scheduleMs: DEFAULT_RETRY_SCHEDULE_MS, jitter: 0, maxRetryAfterMs: 3_600_000 };
const response = (status: number, retryAfterMs: number | null = null, location: string | null = null): SendResult => ({ kind: 'response', status, retryAfterMs, location });

describe('attemptVerdict', () => {
  it('ends the delivery on any 2xx', () => {
    for (const status of [200, 201, 202, 204, 299]) expect(attemptVerdict(response(status), 1, policy, 0.5)).toEqual({ outcome: 'succeeded', error: null });
  });

  it('retries 5xx, 408, 409, 425, 429, timeouts and network errors on the schedule', () => {
    const retried: SendResult[] = [
      ...[500, 502, 503, 504, 408, 409, 425, 429].map((s) => response(s)),
      { kind: 'timeout', afterMs: 10_000 },
      { kind: 'network', message: 'connect ECONNREFUSED 127.0.0.1:9' },
    ];
    for (const result of retried) expect(attemptVerdict(result, 2, policy, 0.5)).toMatchObject({ outcome: 'retry', retryInMs: 300_000 });
    expect(attemptVerdict({ kind: 'timeout', afterMs: 10_000 }, 1, policy, 0.5)).toMatchObject({ error: 'no response within 10000 ms' });
  });

  it('is dead at once on other 4xx, redirects and refused addresses', () => {
    for (const status of [400, 401, 403, 404, 410, 413, 422]) {
      expect(attemptVerdict(response(status), 1, policy, 0.5)).toEqual({ outcome: 'dead', error: `HTTP ${status}: the receiver refused the notification` });
    }
    expect(attemptVerdict(response(301, null, 'https://elsewhere.example/hook'), 1, policy, 0.5)).toMatchObject({ outcome: 'dead', error: expect.stringContaining('https://elsewhere.example/hook not followed') });
    expect(attemptVerdict({ kind: 'refused', reason: '10.0.0.1 is a private address' }, 1, policy, 0.5)).toMatchObject({ outcome: 'dead', error: expect.stringContaining('SSRF') });
  });

  it('is dead after the last scheduled attempt, naming the last failure', () => {
    expect(attemptVerdict(response(503), 8, policy, 0.5)).toEqual({ outcome: 'dead', error: 'gave up after 8 attempt(s); the last: HTTP 503' });
  });

  it('waits at least what Retry-After asks, up to the cap', () => {
    expect(attemptVerdict(response(429, 60_000), 1, policy, 0.5)).toMatchObject({ outcome: 'retry', retryInMs: 60_000 });
    expect(attemptVerdict(response(429, 1_000), 2, policy, 0.5)).toMatchObject({ outcome: 'retry', retryInMs: 300_000 });
    expect(attemptVerdict(response(503, 99 * 3_600_000), 1, policy, 0.5)).toMatchObject({ outcome: 'retry', retryInMs: 3_600_000 });
  });
});
