import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

/** One webhook as a customer's receiver saw it, with whether its signature verified. */
export interface ReceivedWebhook {
  id: string;
  verified: boolean;
  body: Record<string, unknown>;
}

export interface SignedWebhookReceiver {
  url: string;
  received: ReceivedWebhook[];
  /** Set once the endpoint is registered and its secret known. */
  secret: string;
  close(): Promise<void>;
}

/** A real HTTP receiver on 127.0.0.1 verifying Standard Webhooks signatures with the `standardwebhooks` package (5-minute tolerance). */
export async function startSignedWebhookReceiver(): Promise<SignedWebhookReceiver> {
  const state = { received: [] as ReceivedWebhook[], secret: '' };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      let verified = false;
      try {
        new Webhook(state.secret).verify(raw, req.headers as Record<string, string>);
        verified = true;
      } catch {
        verified = false;
      }
      state.received.push({ id: String(req.headers['webhook-id'] ?? ''), verified, body: JSON.parse(raw) as Record<string, unknown> });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(state, {
    url: `http://127.0.0.1:${port}/hooks/sitrep`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  });
}
