import { describe, expect, it } from '@jest/globals';
import { withTimeout } from './with-timeout';

describe('withTimeout', () => {
  it('resolves with the work when it is in time', async () => {
    await expect(withTimeout(Promise.resolve(7), 1000, () => new Error('late'))).resolves.toBe(7);
  });

  it('rejects with the work error when it fails in time', async () => {
    await expect(withTimeout(Promise.reject(new Error('broken')), 1000, () => new Error('late'))).rejects.toThrow('broken');
  });

  it('rejects with the timeout error when the work hangs', async () => {
    const started = Date.now();
    await expect(withTimeout(new Promise(() => undefined), 30, () => new Error('late'))).rejects.toThrow('late');
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
