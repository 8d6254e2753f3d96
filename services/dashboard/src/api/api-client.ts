import { buildQuery, type QueryValue } from './query-string';
import { SseParser, type SseMessage } from './sse-parser';

/** One refused field or parameter, as the query API (`parameter`) and the alert API (`path`) name it. */
export interface ApiIssue {
  parameter?: string;
  path?: string;
  reason: string;
}

/** A non-2xx answer, with the server's message and issues when it sent JSON. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly issues: ApiIssue[] = [],
  ) {
    super(message);
  }
}

export type Params = Record<string, QueryValue>;

export interface StreamHandlers {
  onOpen?: () => void;
  onMessage: (message: SseMessage) => void;
}

export interface ApiClient {
  get<T>(path: string, params?: Params, signal?: AbortSignal): Promise<T>;
  post<T>(path: string, params?: Params, body?: unknown): Promise<T>;
  /** Reads an SSE stream until it ends or `signal` aborts; resumes from `lastEventId` when given. */
  stream(path: string, params: Params, handlers: StreamHandlers, signal: AbortSignal, lastEventId?: string): Promise<SseParser>;
}

/**
 * Every call carries `Authorization: Bearer <key>`. A 401 means the key is gone or was never
 * valid: `onUnauthorized` sends the analyst back to the key prompt, and the call still fails.
 */
export function createApiClient(apiKey: string, onUnauthorized: (message: string) => void, baseUrl = ''): ApiClient {
  const headers = (extra: Record<string, string> = {}) => ({ authorization: `Bearer ${apiKey}`, ...extra });

  async function send<T>(method: string, path: string, params: Params = {}, body?: unknown, signal?: AbortSignal): Promise<T> {
    const response = await fetch(`${baseUrl}${path}${buildQuery(params)}`, {
      method,
      headers: headers(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(body !== undefined && { body: JSON.stringify(body) }),
      ...(signal !== undefined && { signal }),
    });
    if (!response.ok) throw await failure(response);
    return (await response.json()) as T;
  }

  async function failure(response: Response): Promise<ApiError> {
    const payload = (await response.json().catch(() => null)) as { message?: unknown; issues?: ApiIssue[] } | null;
    const message = typeof payload?.message === 'string' ? payload.message : `${response.status} ${response.statusText}`;
    const error = new ApiError(response.status, message, Array.isArray(payload?.issues) ? payload.issues : []);
    if (response.status === 401) onUnauthorized('The server refused this API key (401): it is unknown, revoked or mistyped. Paste a valid key.');
    return error;
  }

  return {
    get: (path, params, signal) => send('GET', path, params, undefined, signal),
    post: (path, params, body) => send('POST', path, params, body),
    async stream(path, params, handlers, signal, lastEventId) {
      const response = await fetch(`${baseUrl}${path}${buildQuery(params)}`, {
        headers: headers({ accept: 'text/event-stream', ...(lastEventId !== undefined && { 'last-event-id': lastEventId }) }),
        signal,
        cache: 'no-store',
      });
      if (!response.ok || response.body === null) throw await failure(response);
      handlers.onOpen?.();
      const parser = new SseParser();
      if (lastEventId !== undefined) parser.lastEventId = lastEventId;
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return parser;
        for (const message of parser.push(value)) handlers.onMessage(message);
      }
    },
  };
}

/** The issues of a failed call in one line, for an error banner. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) {
    const issues = error.issues.map((issue) => issue.reason).join('; ');
    return issues === '' ? error.message : `${error.message}: ${issues}`;
  }
  if (error instanceof Error && error.name === 'AbortError') return 'cancelled';
  return error instanceof Error ? `Could not reach Sitrep (${error.message})` : String(error);
}
