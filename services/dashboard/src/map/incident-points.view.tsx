import type { IncidentSummary } from '../api/api.types';
import { eventColour, eventTypeOf } from '../shared/event-types';
import { formatFatalities, formatOccurred } from '../shared/format';
import { drawingOrder, radiusFor } from './map-scales';

/** An incident at its place on the map (map units). */
export interface PlacedIncident {
  incident: IncidentSummary;
  x: number;
  y: number;
}

interface PointsProps {
  placed: PlacedIncident[];
  /** Map units per screen pixel: radii are in pixels, so zoomed in they are fewer map units. */
  zoom: number;
  maxFatalities: number;
  selectedId: string | null;
  hoveredId: string | null;
  onOpen: (id: string) => void;
}

/** Incidents as circles: colour by event type, area by fatalities; each focusable and opened with Enter or Space. */
export function IncidentPoints({ placed, zoom, maxFatalities, selectedId, hoveredId, onOpen }: PointsProps) {
  const points = placed.map(({ incident, x, y }) => ({ id: incident.id, incident, x, y, radius: zoom * radiusFor(incident.fatalities.best ?? incident.fatalities.low, maxFatalities) }));
  return (
    <g class={`points${selectedId !== null ? ' has-selection' : ''}`}>
      {drawingOrder(points, selectedId).map(({ id, incident, x, y, radius }) => {
        const selected = id === selectedId;
        const label = `${incident.location.placeName ?? incident.location.admin1 ?? 'Incident'}, ${formatOccurred(incident.occurred)}, ${eventTypeOf(incident)}, fatalities ${formatFatalities(incident.fatalities)}`;
        return (
          <g key={id} class={`point${selected ? ' selected' : ''}${id === hoveredId ? ' hovered' : ''}`} data-incident-id={id}>
            {selected && <circle cx={x} cy={y} r={radius + 7 * zoom} class="point-halo" />}
            <circle
              cx={x}
              cy={y}
              r={radius}
              fill={eventColour(eventTypeOf(incident))}
              class="point-dot"
              // Lower case: SVG attributes are case-sensitive, and Preact sets them as written.
              tabindex={0}
              role="button"
              aria-label={label}
              aria-pressed={selected}
              onClick={() => onOpen(id)}
              onKeyDown={(event) => {
                if (event.key === 'Enter' || event.key === ' ') {
                  event.preventDefault();
                  onOpen(id);
                }
              }}
            >
              <title>{label}</title>
            </circle>
          </g>
        );
      })}
    </g>
  );
}
