import { afterEach, describe, expect, it } from '@jest/globals';
import { freePort } from '@sitrep/testing';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { IngestClient, retryAfterMs } from './ingest-client';
import type { SourceItem } from './import-source';
import { runImport } from './run-import';

type Handler = (items: Array<{ n: number }>, response: ServerResponse, request: IncomingMessage) => void;

/** A real HTTP server standing in for Sitrep's batch endpoint, answering as `handler` says. */
async function fakeSitrep(handler: Handler): Promise<{ url: string; server: Server; requests: Array<Array<{ n: number }>> }> {
  const requests: Array<Array<{ n: number }>> = [];
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      const items = JSON.parse(body) as Array<{ n: number }>;
      requests.push(items);
      handler(items, response, request);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server, requests };
}

const reply = (response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) =>
  response.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
const accepted = (items: unknown[]) => ({ results: items.map((_, index) => ({ index, status: 'accepted' })) });
const noSleep = async () => undefined;

let server: Server | undefined;
afterEach(() => {
  server?.close();
});

describe('IngestClient against a real HTTP server', () => {
  it('waits out 503s for their Retry-After (seconds or a date), then takes the per-item results', async () => {
    let calls = 0;
    const fake = await fakeSitrep((items, response) => {
      calls += 1;
      if (calls === 1) return reply(response, 503, { message: 'log down' }, { 'retry-after': '2' });
      if (calls === 2) return reply(response, 503, { message: 'log down' }, { 'retry-after': new Date(Date.now() + 60_000).toUTCString() });
      reply(response, 202, accepted(items));
    });
    server = fake.server;
    const waits: number[] = [];
    const client = new IngestClient(fake.url, { sleep: async (ms) => void waits.push(ms) });
    expect((await client.postBatch(['{"n":1}', '{"n":2}'])).map((r) => r.status)).toEqual(['accepted', 'accepted']);
    expect(waits[0]).toBe(2_000);
    expect(waits[1]).toBeGreaterThan(50_000);
  });

  it('sends the API key and waits out a 429 like a 503; a refused key is an error that says what to do', async () => {
    const fake = await fakeSitrep((items, response, request) => {
      if (request.headers.authorization !== 'Bearer sk_test') return reply(response, 401, { message: 'An API key is required' });
      if (fake.requests.length === 1) return reply(response, 429, { message: 'slow down' }, { 'retry-after': '1' });
      reply(response, 202, accepted(items));
    });
    server = fake.server;
    const waits: number[] = [];
    const results = await new IngestClient(fake.url, { apiKey: 'sk_test', sleep: async (ms) => void waits.push(ms) }).postBatch(['{"n":1}']);
    expect([results.map((r) => r.status), waits]).toEqual([['accepted'], [1_000]]);
    await expect(new IngestClient(fake.url, { sleep: noSleep }).postBatch(['{"n":1}'])).rejects.toThrow(/answered 401.*--api-key or SITREP_API_KEY/);
  });

  it('splits a batch the server finds too large (413) and refuses only the report that alone is too large', async () => {
    const fake = await fakeSitrep((items, response) => (items.length > 1 || items[0].n === 3 ? reply(response, 413, { message: 'too large' }) : reply(response, 202, accepted(items))));
    server = fake.server;
    const results = await new IngestClient(fake.url, { sleep: noSleep }).postBatch(['{"n":1}', '{"n":2}', '{"n":3}']);
    expect(results.map((r) => [r.index, r.status])).toEqual([[0, 'accepted'], [1, 'accepted'], [2, 'rejected']]);
  });

  it('takes a 400 whose every item was rejected as per-item results, and fails on any other answer', async () => {
    const fake = await fakeSitrep((items, response) =>
      items[0].n === 1 ? reply(response, 400, { results: [{ index: 0, status: 'rejected', issues: [{ path: 'op', reason: 'bad' }] }] }) : reply(response, 400, { message: 'the batch is empty' }),
    );
    server = fake.server;
    const client = new IngestClient(fake.url, { sleep: noSleep });
    expect(await client.postBatch(['{"n":1}'])).toEqual([{ index: 0, status: 'rejected', issues: [{ path: 'op', reason: 'bad' }] }]);
    await expect(client.postBatch(['{"n":2}'])).rejects.toThrow('answered 400: "the batch is empty"');
  });

  it('says Sitrep is not running when nothing listens', async () => {
    const client = new IngestClient(`http://127.0.0.1:${await freePort()}`, { sleep: noSleep, connectRetries: 1 });
    await expect(client.postBatch(['{"n":1}'])).rejects.toThrow(/cannot reach Sitrep at .*ECONNREFUSED.*is it running/);
  });

  it('reads Retry-After as seconds, an HTTP date, or 5 s when absent or unreadable', () => {
    expect(retryAfterMs('7')).toBe(7_000);
    expect(retryAfterMs('Wed, 21 Oct 2015 07:28:10 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(10_000);
    expect([retryAfterMs(null), retryAfterMs('soon')]).toEqual([5_000, 5_000]);
  });
});

describe('runImport', () => {
  it('re-sends the reports another request was appending, counts each once, and batches by size', async () => {
    const seen = new Map<number, number>();
    const fake = await fakeSitrep((items, response) =>
      reply(response, 202, {
        results: items.map(({ n }, index) => {
          seen.set(n, (seen.get(n) ?? 0) + 1);
          return { index, status: n === 2 && seen.get(n) === 1 ? 'retry' : n === 2 ? 'duplicate' : 'accepted' };
        }),
      }),
    );
    server = fake.server;
    async function* items(): AsyncIterable<SourceItem> {
      for (let n = 1; n <= 5; n++) yield { label: `#${n}`, progress: n, mapped: n === 4 ? { ok: false, reason: 'unmappable' } : { ok: true, value: { n } } };
    }
    const updates: number[] = [];
    const tally = await runImport({ total: 5, unit: 'files', items: items() }, new IngestClient(fake.url, { sleep: noSleep }), {
      batchSize: 2,
      sleep: noSleep,
      progress: () => ({ update: (p) => void updates.push(p), stop: () => undefined }),
    });
    expect(tally).toEqual({ read: 5, appended: 3, duplicate: 1, rejected: [], unmapped: [{ label: '#4', reasons: ['unmappable'] }] });
    expect(fake.requests.map((r) => r.map((i) => i.n))).toEqual([[1, 2], [2], [3, 5]]);
    expect(updates.at(-1)).toBe(5);
  });
});
