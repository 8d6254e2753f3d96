import http, { type Agent, type IncomingMessage } from 'node:http';
import https from 'node:https';
import { performance } from 'node:perf_hooks';
import type { SendResult } from './attempt-verdict';
import { responseSnippet, SNIPPET_BYTES } from './response-snippet';
import { parseRetryAfter } from './retry-schedule';

export interface WebhookPost {
  url: URL;
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
  /** The SSRF guard's filtering agent: it checks the address each connection really uses. */
  agent: Agent;
}

export interface PostOutcome {
  result: SendResult;
  latencyMs: number;
  snippet: string | null;
}

/**
 * One POST, bounded by `timeoutMs` from start to the end of what is read (the status and at most
 * 1 KB of body). Never follows a redirect, never throws: every failure is a result to record.
 */
export function postWebhook(post: WebhookPost): Promise<PostOutcome> {
  return new Promise((resolve) => {
    const started = performance.now();
    const client = post.url.protocol === 'https:' ? https : http;
    const request = client.request(post.url, { method: 'POST', agent: post.agent, headers: { ...post.headers, 'content-length': String(Buffer.byteLength(post.body)) } });
    let answered: { result: SendResult; chunks: Buffer[] } | null = null;
    let settled = false;
    const finish = (result: SendResult, chunks: Buffer[] = []) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      request.destroy();
      resolve({ result, latencyMs: Math.round(performance.now() - started), snippet: chunks.length > 0 ? responseSnippet(Buffer.concat(chunks)) : null });
    };
    // A receiver that answered but stalls its body still answered: its status stands.
    const timer = setTimeout(() => (answered ? finish(answered.result, answered.chunks) : finish({ kind: 'timeout', afterMs: post.timeoutMs })), post.timeoutMs);
    request.on('error', (error) => (answered ? finish(answered.result, answered.chunks) : finish(errorResult(error))));
    request.on('response', (response) => {
      answered = { result: responseResult(response), chunks: [] };
      const { result, chunks } = answered;
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        size += chunk.length;
        if (size >= SNIPPET_BYTES) finish(result, chunks);
      });
      response.on('end', () => finish(result, chunks));
      response.on('error', () => finish(result, chunks));
    });
    request.end(post.body);
  });
}

function responseResult(response: IncomingMessage): SendResult {
  const header = (name: string) => {
    const value = response.headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  return { kind: 'response', status: response.statusCode ?? 0, retryAfterMs: parseRetryAfter(header('retry-after'), new Date()), location: header('location') ?? null };
}

/** request-filtering-agent refuses an address with "DNS lookup <ip>(…) is not allowed. Because, …". */
function errorResult(error: Error & { code?: string }): SendResult {
  if (/ is not allowed\. Because/.test(error.message)) return { kind: 'refused', reason: error.message };
  const text = error.code && !error.message.includes(error.code) ? `${error.code}: ${error.message}` : error.message;
  return { kind: 'network', message: text.slice(0, 500) || 'network error' };
}
