import { useEffect, useRef, useState } from 'preact/hooks';
import type { IncidentSummary, TimelinePage } from '../api/api.types';
import { useApi } from '../app/api-context';
import { timelineParams, type TimelineFilters } from './timeline-filters';

const PAGE_SIZE = 50;

export interface TimelineState {
  items: IncidentSummary[];
  loading: boolean;
  error: unknown;
  /** More pages wait behind the cursor. */
  hasMore: boolean;
  loadMore: () => void;
  retry: () => void;
}

/**
 * The timeline, one cursor page at a time. New filters start over and abort whatever was in flight;
 * a page is appended only if it answers the filters still shown.
 */
export function useTimeline(filters: TimelineFilters): TimelineState {
  const client = useApi();
  const params = timelineParams(filters);
  const key = JSON.stringify(params);
  const [items, setItems] = useState<IncidentSummary[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const [attempt, setAttempt] = useState(0);
  const inFlight = useRef<AbortController | null>(null);

  function fetchPage(after: string | null) {
    inFlight.current?.abort();
    const controller = new AbortController();
    inFlight.current = controller;
    setLoading(true);
    setError(undefined);
    client.get<TimelinePage>('/v1/timeline', { ...params, limit: PAGE_SIZE, cursor: after }, controller.signal).then(
      (page) => {
        if (controller.signal.aborted) return;
        setItems((previous) => (after === null ? page.items : [...previous, ...page.items]));
        setCursor(page.nextCursor);
        setLoading(false);
      },
      (failure: unknown) => {
        if (controller.signal.aborted) return;
        setError(failure);
        setLoading(false);
      },
    );
  }

  useEffect(() => {
    setItems([]);
    setCursor(null);
    fetchPage(null);
    return () => inFlight.current?.abort();
    // `key` stands for the parameters: a new object each render must not start over.
  }, [key, attempt]);

  return {
    items,
    loading,
    error,
    hasMore: cursor !== null,
    loadMore: () => {
      if (!loading && cursor !== null) fetchPage(cursor);
    },
    retry: () => (items.length === 0 ? setAttempt((n) => n + 1) : fetchPage(cursor)),
  };
}
