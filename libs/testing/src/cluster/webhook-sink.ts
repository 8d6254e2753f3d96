import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SinkHit {
  /** The `webhook-id` header: stable for one notification over all its attempts. */
  id: string;
  body: string;
  receivedAt: number;
}

export interface WebhookSink {
  url: string;
  hits: SinkHit[];
  /** Answer every request only after this long (a slow receiver); 0 answers at once. */
  delayMs: number;
  /** Requests being answered right now (waiting out `delayMs`). */
  waiting(): number;
  close(): Promise<void>;
}

/** A webhook receiver on 127.0.0.1 that records every delivery and answers 204 (optionally slowly). */
export async function startWebhookSink(): Promise<WebhookSink> {
  const timers = new Set<NodeJS.Timeout>();
  const sink: Omit<WebhookSink, 'url' | 'close'> = { hits: [], delayMs: 0, waiting: () => timers.size };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      sink.hits.push({ id: String(req.headers['webhook-id'] ?? ''), body: Buffer.concat(chunks).toString('utf8'), receivedAt: Date.now() });
      if (sink.delayMs <= 0) return void res.writeHead(204).end();
      const timer = setTimeout(() => {
        timers.delete(timer);
        if (!res.destroyed) res.writeHead(204).end();
      }, sink.delayMs);
      timers.add(timer);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(sink, {
    url: `http://127.0.0.1:${port}/hooks/sitrep`,
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  });
}
