import { afterEach, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { driveIngest } from './ingest-driver';
import { reportFeed } from './report-feed';

/** A stand-in ingest: 503 on its first request, then per item accepted, except one `retry` once and one rejected. */
async function fakeIngest(): Promise<{ url: string; server: Server; requests: number }> {
  const state = { requests: 0, retried: false };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      state.requests += 1;
      if (state.requests === 1) return void res.writeHead(503).end();
      const items = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Array<{ nativeId: string }>;
      const results = items.map((item, index) => {
        if (item.nativeId.endsWith('-3') && !state.retried) return (state.retried = true), { index, status: 'retry' };
        return { index, status: item.nativeId.endsWith('-4') ? 'rejected' : 'accepted' };
      });
      res.writeHead(202, { 'content-type': 'application/json' }).end(JSON.stringify({ results }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return Object.assign(state, { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` });
}

describe('driveIngest', () => {
  let ingest: Awaited<ReturnType<typeof fakeIngest>>;
  afterEach(() => new Promise<void>((resolve) => ingest.server.close(() => resolve())));

  it('sends a batch again after a 503 and an item again after `retry`, and keeps each final outcome in feed order (also for a slice)', async () => {
    ingest = await fakeIngest();
    const feed = reportFeed(8, 1, 'driver').slice(2);
    const { outcomes, responses } = await driveIngest(feed, { targets: () => [ingest.url], apiKey: 'k', batchSize: 3, concurrency: 1, giveUpAfterMs: 10_000 });
    expect(outcomes.map((o) => o.status)).toEqual(['accepted', 'accepted', 'rejected', 'accepted', 'accepted', 'accepted']);
    expect(outcomes[1].attempts).toBe(3);
    expect(responses).toEqual({ 202: 3, 503: 1 });
  });

  it('stops sending when told to, leaving the rest unsent', async () => {
    ingest = await fakeIngest();
    const { outcomes } = await driveIngest(reportFeed(6, 1, 'driver'), { targets: () => [ingest.url], apiKey: 'k', batchSize: 2, concurrency: 1, giveUpAfterMs: 10_000, shouldStop: () => true });
    expect(outcomes.every((o) => o.status === 'unsent')).toBe(true);
  });
});
