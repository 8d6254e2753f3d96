import { Webhook } from 'standardwebhooks';

export interface SignedHeaders extends Record<string, string> {
  'webhook-id': string;
  'webhook-timestamp': string;
  'webhook-signature': string;
}

/**
 * Standard Webhooks headers for one attempt: the stable id, this attempt's time, and one
 * signature per secret (space-separated: the new and the previous one during a rotation's grace
 * period, so a receiver verifies with whichever it holds).
 */
export function signWebhook(id: string, body: string, secrets: readonly string[], at: Date): SignedHeaders {
  if (secrets.length === 0) throw new Error('a webhook needs at least one secret to be signed with');
  return {
    'webhook-id': id,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': secrets.map((secret) => new Webhook(secret).sign(id, at, body)).join(' '),
  };
}
