import { describe, expect, it } from '@jest/globals';
import { Webhook } from 'standardwebhooks';
import { newWebhookSecret } from '../secrets/webhook-secret';
import { signWebhook } from './sign-webhook';

describe('signWebhook', () => {
  const body = JSON.stringify({ type: 'alert.firing', data: { fingerprint: 'f1', text: 'سجن الصناعة' } });

  it('makes headers that the standardwebhooks package verifies', () => {
    const secret = newWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const headers = signWebhook('msg_abc', body, [secret], new Date());
    expect(headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
    expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
  });

  it('signs with both secrets during a rotation: a receiver holding either one verifies', () => {
    const [current, previous] = [newWebhookSecret(), newWebhookSecret()];
    const headers = signWebhook('msg_abc', body, [current, previous], new Date());
    expect(headers['webhook-signature'].split(' ')).toHaveLength(2);
    expect(() => new Webhook(current).verify(body, headers)).not.toThrow();
    expect(() => new Webhook(previous).verify(body, headers)).not.toThrow();
    expect(() => new Webhook(newWebhookSecret()).verify(body, headers)).toThrow('No matching signature found');
  });

  it('is refused by a receiver when the body was changed or the timestamp is stale', () => {
    const secret = newWebhookSecret();
    const headers = signWebhook('msg_abc', body, [secret], new Date());
    expect(() => new Webhook(secret).verify(body.replace('f1', 'f2'), headers)).toThrow();
    const old = signWebhook('msg_abc', body, [secret], new Date(Date.now() - 6 * 60_000));
    expect(() => new Webhook(secret).verify(body, old)).toThrow('Message timestamp too old');
  });
});
