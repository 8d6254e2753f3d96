import { useEffect, useRef } from 'preact/hooks';
import { Empty, ErrorBanner, Loading } from '../shared/status.view';
import { IncidentRow } from './incident-row.view';
import type { TimelineState } from './use-timeline.hook';

interface TimelineListProps {
  timeline: TimelineState;
  selectedId: string | null;
  asOf: string;
  onOpen: (id: string) => void;
  onHover: (id: string | null) => void;
}

/** The incidents, with infinite scroll: a sentinel after the last row asks for the next page when it comes into view. */
export function TimelineList({ timeline, selectedId, asOf, onOpen, onHover }: TimelineListProps) {
  const sentinel = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLOListElement>(null);
  const { items, loading, error, hasMore, loadMore, retry } = timeline;

  useEffect(() => {
    const target = sentinel.current;
    if (target === null || !hasMore) return undefined;
    const observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && loadMore(), { rootMargin: '200px' });
    observer.observe(target);
    return () => observer.disconnect();
  }, [hasMore, loadMore, items.length]);

  // A point picked on the map scrolls its row into view.
  useEffect(() => {
    if (selectedId === null) return;
    list.current?.querySelector(`[data-incident-id="${CSS.escape(selectedId)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [selectedId, items.length]);

  return (
    <section class="timeline" aria-label="Timeline">
      <p class="timeline-count" aria-live="polite">
        {items.length} incident{items.length === 1 ? '' : 's'}
        {hasMore ? ' loaded, more below' : ''}
        {asOf !== '' && <span class="as-of-note"> as known at the end of {asOf}</span>}
      </p>
      <ol class="timeline-list" ref={list}>
        {items.map((incident) => (
          <IncidentRow key={incident.id} incident={incident} selected={incident.id === selectedId} onOpen={onOpen} onHover={onHover} />
        ))}
      </ol>
      {error !== undefined && <ErrorBanner error={error} onRetry={retry} />}
      {loading && <Loading label={items.length === 0 ? 'Loading the timeline…' : 'Loading more…'} />}
      {!loading && error === undefined && items.length === 0 && <Empty>No incidents match these filters{asOf !== '' ? ' as known at that date' : ''}.</Empty>}
      {hasMore && !loading && error === undefined && (
        <button type="button" class="button-small load-more" onClick={loadMore}>
          Load more
        </button>
      )}
      {!hasMore && items.length > 0 && !loading && <p class="timeline-end">End of the timeline.</p>}
      <div ref={sentinel} class="sentinel" aria-hidden="true" />
    </section>
  );
}
