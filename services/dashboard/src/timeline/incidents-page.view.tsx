import { useState } from 'preact/hooks';
import type { Governorate, TimelinePage } from '../api/api.types';
import { useApi } from '../app/api-context';
import { IncidentMap } from '../map/incident-map.view';
import { useAsync } from '../shared/use-async.hook';
import { TimelineFilterForm } from './timeline-filter-form.view';
import { timelineParams, type TimelineFilters } from './timeline-filters';
import { TimelineList } from './timeline-list.view';
import { useTimeline } from './use-timeline.hook';

/** The map shows up to this many incidents of the filtered timeline (one request; the timeline pages on). */
const MAP_LIMIT = 500;

interface IncidentsPageProps {
  filters: TimelineFilters;
  onFilters: (filters: TimelineFilters) => void;
  governorates: Governorate[];
  selectedId: string | null;
  onOpen: (id: string) => void;
}

/** Filters, the timeline and the map, linked: picking an incident on either highlights it on both. */
export function IncidentsPage({ filters, onFilters, governorates, selectedId, onOpen }: IncidentsPageProps) {
  const client = useApi();
  const timeline = useTimeline(filters);
  const [hovered, setHovered] = useState<string | null>(null);
  const key = JSON.stringify(timelineParams(filters));
  const mapped = useAsync((signal) => client.get<TimelinePage>('/v1/timeline', { ...timelineParams(filters), limit: MAP_LIMIT }, signal), [key]);

  return (
    <div class="incidents-page">
      <div class="incidents-side">
        <TimelineFilterForm filters={filters} governorates={governorates} onApply={onFilters} />
        <TimelineList timeline={timeline} selectedId={selectedId} asOf={filters.asOf} onOpen={onOpen} onHover={setHovered} />
      </div>
      <IncidentMap
        incidents={mapped.data?.items ?? []}
        truncated={mapped.data?.nextCursor != null}
        loading={mapped.loading}
        error={mapped.error}
        onRetry={mapped.reload}
        selectedId={selectedId}
        hoveredId={hovered}
        onOpen={onOpen}
      />
    </div>
  );
}
