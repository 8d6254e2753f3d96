import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

/** One request as a receiver saw it, with whether its signature verified. */
export interface ReceivedWebhook {
  id: string;
  attempt: number;
  timestamp: number;
  signature: string;
  body: string;
  headers: IncomingHttpHeaders;
  /** Verified with `standardwebhooks` against one of the receiver's secrets. */
  verified: boolean;
  receivedAt: number;
}

export interface Reply {
  status: number;
  headers?: Record<string, string>;
  body?: string;
  /** Answer only after this long (to outlast the dispatcher's timeout, or a lease). */
  delayMs?: number;
  /** Drop the connection instead of answering (a network error for the sender). */
  reset?: boolean;
}

export type Responder = (hit: ReceivedWebhook, nthForId: number) => Reply;

export interface WebhookReceiver {
  url: string;
  received: ReceivedWebhook[];
  /** TCP connections accepted, whatever came of them. */
  connections: number;
  /** The secrets it verifies with (set once the endpoint is created and its secret is known). */
  secrets: string[];
  respond: Responder;
  close(): Promise<void>;
}

/** A real HTTP receiver on 127.0.0.1 that verifies Standard Webhooks signatures like a customer's would. */
export async function startWebhookReceiver(respond: Responder = () => ({ status: 204 })): Promise<WebhookReceiver> {
  const perId = new Map<string, number>();
  const timers = new Set<NodeJS.Timeout>();
  const state: Omit<WebhookReceiver, 'url' | 'close'> = { received: [], connections: 0, secrets: [], respond };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const hit = toHit(req.headers, Buffer.concat(chunks).toString('utf8'), state.secrets);
      state.received.push(hit);
      const nth = (perId.get(hit.id) ?? 0) + 1;
      perId.set(hit.id, nth);
      const reply = state.respond(hit, nth);
      const send = () => {
        if (res.destroyed) return;
        if (reply.reset) return void req.socket.destroy();
        res.writeHead(reply.status, reply.headers ?? {}).end(reply.body ?? '');
      };
      if (!reply.delayMs) return send();
      const timer = setTimeout(() => (timers.delete(timer), send()), reply.delayMs);
      timers.add(timer);
    });
  });
  server.on('connection', () => (state.connections += 1));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(state, {
    url: `http://127.0.0.1:${port}/hooks/sitrep`,
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  });
}

function toHit(headers: IncomingHttpHeaders, body: string, secrets: string[]): ReceivedWebhook {
  const one = (name: string) => String(headers[name] ?? '');
  const verified = secrets.some((secret) => {
    try {
      new Webhook(secret).verify(body, headers as Record<string, string>);
      return true;
    } catch {
      return false;
    }
  });
  return {
    id: one('webhook-id'),
    attempt: Number(one('sitrep-attempt')),
    timestamp: Number(one('webhook-timestamp')),
    signature: one('webhook-signature'),
    body,
    headers,
    verified,
    receivedAt: Date.now(),
  };
}
