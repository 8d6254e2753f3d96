import { describe, expect, it } from '@jest/globals';
import { DestinationGuard, parseWebhookUrl, type Resolve } from './destination-guard';

/** A resolver with fixed answers (the real one is exercised by the integration spec). */
const fixed = (answers: Record<string, string[]>): Resolve => async (host) => {
  const found = answers[host];
  if (!found) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
  return found;
};

describe('DestinationGuard.check', () => {
  const dns = fixed({ 'hooks.example.org': ['93.184.215.14'], 'rebind.example.org': ['93.184.215.14', '10.0.0.7'], localhost: ['127.0.0.1', '::1'], 'sink.internal': ['10.9.9.9'] });

  it('refuses metadata, private and loopback destinations with the reason', async () => {
    const guard = new DestinationGuard([], dns);
    expect(await guard.check('http://169.254.169.254/latest/meta-data/')).toEqual({ ok: false, reason: expect.stringMatching(/^169\.254\.169\.254 is a cloud metadata address; .*SITREP_WEBHOOK_ALLOW/) });
    expect(await guard.check('http://10.0.0.1/hook')).toEqual({ ok: false, reason: expect.stringMatching(/^10\.0\.0\.1 is a private address/) });
    expect(await guard.check('http://localhost:8080/hook')).toEqual({ ok: false, reason: expect.stringMatching(/^localhost resolves to 127\.0\.0\.1, which is a loopback address/) });
    expect(await guard.check('http://[::ffff:127.0.0.1]/')).toMatchObject({ ok: false, reason: expect.stringContaining('loopback') });
    expect(await guard.check('http://0x7f000001/')).toMatchObject({ ok: false, reason: expect.stringContaining('127.0.0.1 is a loopback address') });
  });

  it('refuses a name when any of its addresses is off limits', async () => {
    expect(await new DestinationGuard([], dns).check('https://rebind.example.org/x')).toMatchObject({ ok: false, reason: expect.stringContaining('10.0.0.7') });
  });

  it('allows public destinations and what the operator allow-listed', async () => {
    expect(await new DestinationGuard([], dns).check('https://hooks.example.org/sitrep?x=1')).toEqual({ ok: true });
    const guard = new DestinationGuard(['127.0.0.1', '::1', 'sink.internal'], dns);
    expect(await guard.check('http://127.0.0.1:9000/')).toEqual({ ok: true });
    expect(await guard.check('http://localhost:9000/')).toEqual({ ok: true });
    expect(await guard.check('http://SINK.internal./hook')).toEqual({ ok: true });
    expect(await guard.check('http://10.0.0.1/')).toMatchObject({ ok: false });
  });

  it('refuses a host that does not resolve', async () => {
    expect(await new DestinationGuard([], dns).check('https://nowhere.invalid/')).toEqual({ ok: false, reason: 'host nowhere.invalid does not resolve' });
  });
});

describe('parseWebhookUrl', () => {
  it('takes absolute http(s) URLs only, without credentials or fragments', () => {
    expect(parseWebhookUrl('https://example.org/hook')).toBeInstanceOf(URL);
    expect(parseWebhookUrl('ftp://example.org/')).toBe('must be an absolute http:// or https:// URL');
    expect(parseWebhookUrl('/relative')).toBe('must be an absolute http:// or https:// URL');
    expect(parseWebhookUrl('https://user:pw@example.org/')).toMatch(/^must not carry credentials/);
    expect(parseWebhookUrl('https://example.org/#x')).toBe('must not have a #fragment');
    expect(parseWebhookUrl(`https://example.org/${'a'.repeat(2048)}`)).toMatch(/at most 2048/);
  });
});
