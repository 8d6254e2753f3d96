import { describe, expect, it } from '@jest/globals';
import { RetryBackoff } from './retry-backoff';

describe('RetryBackoff', () => {
  it('doubles per failure up to the cap, per partition', () => {
    const backoff = new RetryBackoff(100, 350);
    expect([backoff.failed(0), backoff.failed(0), backoff.failed(0), backoff.failed(0)]).toEqual([100, 200, 350, 350]);
    expect(backoff.failed(1)).toBe(100);
  });

  it('starts over after a success', () => {
    const backoff = new RetryBackoff(100, 1000);
    backoff.failed(0);
    backoff.failed(0);
    backoff.succeeded(0);
    expect(backoff.failed(0)).toBe(100);
  });

  it('stays finite after very many failures', () => {
    const backoff = new RetryBackoff(100, 30_000);
    for (let i = 0; i < 2000; i++) backoff.failed(0);
    expect(backoff.failed(0)).toBe(30_000);
  });
});
