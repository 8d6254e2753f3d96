import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../api/api-client';
import { useApi } from '../app/api-context';
import { entryFromStream, type FeedEntry } from './alert-feed';

export type StreamStatus = 'connecting' | 'live' | 'reconnecting' | 'refused' | 'unavailable';

const MAX_WAIT_MS = 30_000;

/** What a 404 from the alert API means: this Sitrep runs without the alert engine. */
export const ENGINE_MISSING = 'This Sitrep does not run the alert engine (the alert API answers 404).';

/**
 * The live alert feed over SSE, read with fetch (EventSource cannot send the API key). A dropped
 * connection is retried after the server's `retry:` delay, doubling up to 30 s, resuming after the
 * last event id so nothing is lost or repeated. A 401 signs out (the client does that); a 403 or 404 stops.
 */
export function useAlertStream(onEntry: (entry: FeedEntry) => void): { status: StreamStatus; problem: string | null } {
  const client = useApi();
  const [status, setStatus] = useState<StreamStatus>('connecting');
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    let lastEventId: string | undefined;
    let waitMs = 2_000;
    (async () => {
      while (!controller.signal.aborted) {
        try {
          const parser = await client.stream(
            '/v1/alerts/stream',
            {},
            {
              onOpen: () => {
                setStatus('live');
                setProblem(null);
                waitMs = 2_000;
              },
              onMessage: (message) => {
                if (message.id !== undefined) lastEventId = message.id;
                if (message.event !== 'alert') return;
                const entry = entryFromStream(safeJson(message.data));
                if (entry !== null) onEntry(entry);
              },
            },
            controller.signal,
            lastEventId,
          );
          waitMs = parser.retryMs ?? waitMs;
          setProblem('The alert stream closed; reconnecting.');
        } catch (error) {
          if (controller.signal.aborted) return;
          if (error instanceof ApiError && (error.status === 401 || error.status === 403)) {
            setStatus('refused');
            setProblem(error.message);
            return;
          }
          if (error instanceof ApiError && error.status === 404) {
            setStatus('unavailable');
            setProblem(ENGINE_MISSING);
            return;
          }
          setProblem(`The alert stream dropped (${error instanceof Error ? error.message : String(error)}); reconnecting.`);
        }
        setStatus('reconnecting');
        await new Promise((resolve) => setTimeout(resolve, waitMs));
        waitMs = Math.min(MAX_WAIT_MS, waitMs * 2);
      }
    })();
    return () => controller.abort();
  }, [client]);

  return { status, problem };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
