import { describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { SecretBox } from './secret-box';
import { newWebhookSecret } from './webhook-secret';

describe('SecretBox', () => {
  const box = new SecretBox(randomBytes(32));
  const secret = newWebhookSecret();

  it('opens what it sealed, for the same endpoint', () => {
    expect(box.open(box.seal(secret, 'e1'), 'e1')).toBe(secret);
  });

  it('never holds the secret in the clear: neither its text nor its key bytes', () => {
    const sealed = box.seal(secret, 'e1');
    expect(sealed.includes(Buffer.from(secret))).toBe(false);
    expect(sealed.includes(Buffer.from(secret.slice(6), 'base64'))).toBe(false);
    expect(box.seal(secret, 'e1').equals(sealed)).toBe(false);
  });

  it('refuses another key, another endpoint and any altered byte', () => {
    const sealed = box.seal(secret, 'e1');
    expect(() => new SecretBox(randomBytes(32)).open(sealed, 'e1')).toThrow();
    expect(() => box.open(sealed, 'e2')).toThrow();
    const altered = Buffer.from(sealed);
    altered[altered.length - 1] ^= 1;
    expect(() => box.open(altered, 'e1')).toThrow();
    expect(() => new SecretBox(randomBytes(16))).toThrow('32 bytes');
  });
});
