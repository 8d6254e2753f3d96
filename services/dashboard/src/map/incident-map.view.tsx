import { useState } from 'preact/hooks';
import type { IncidentSummary } from '../api/api.types';
import { eventTypeOf } from '../shared/event-types';
import { ErrorBanner, Loading } from '../shared/status.view';
import { useSize } from '../shared/use-size.hook';
import { GovernorateMarks } from './governorate-marks.view';
import { IncidentPoints, type PlacedIncident } from './incident-points.view';
import { MapLegend } from './map-legend.view';
import { COUNTRY_PATHS, MAP_HEIGHT, MAP_WIDTH, project } from './map-projection';
import { scaleMaximum } from './map-scales';
import { fitViewBox } from './map-view-box';

/** The closest the map zooms (map units across): about 1.5° of longitude, a governorate's scale. */
const MIN_VIEW_WIDTH = 180;
const VIEW_MARGIN = 40;

interface IncidentMapProps {
  incidents: IncidentSummary[];
  truncated: boolean;
  loading: boolean;
  error: unknown;
  onRetry: () => void;
  selectedId: string | null;
  hoveredId: string | null;
  onOpen: (id: string) => void;
}

/** Syria's outline (Natural Earth), governorate centroids and the filtered incidents; no tiles, works offline. */
export function IncidentMap(props: IncidentMapProps) {
  const { incidents, truncated, loading, error, onRetry, selectedId, hoveredId, onOpen } = props;
  const [fit, setFit] = useState(true);
  const placed = incidents.flatMap((incident): PlacedIncident[] => {
    const point = incident.location.point;
    const at = point === undefined ? null : project(point.lon, point.lat);
    return at === null ? [] : [{ incident, x: at[0], y: at[1] }];
  });
  const full = { width: MAP_WIDTH, height: MAP_HEIGHT };
  const fitted = fitViewBox(placed.map(({ x, y }) => [x, y] as const), full, MIN_VIEW_WIDTH, VIEW_MARGIN);
  const canZoom = fitted.width < MAP_WIDTH;
  const view = fit ? fitted : { x: 0, y: 0, ...full };
  // Map units per screen pixel: points, labels and halos are sized in pixels so they read the same
  // whatever the map's size or zoom (and the legend's circles stay true).
  const { ref: canvas, size } = useSize<HTMLDivElement>();
  const zoom = size === null || size.width === 0 || size.height === 0 ? view.width / MAP_WIDTH : Math.max(view.width / size.width, view.height / size.height);
  const maxFatalities = scaleMaximum(placed.map(({ incident }) => incident.fatalities.best ?? incident.fatalities.low));
  const present = new Set(placed.map(({ incident }) => eventTypeOf(incident)));
  const perGovernorate = new Map<string, number>();
  for (const { location } of incidents) if (location.admin1Id !== undefined) perGovernorate.set(location.admin1Id, (perGovernorate.get(location.admin1Id) ?? 0) + 1);

  return (
    <figure class="map" aria-labelledby="map-caption">
      <div class="map-canvas" ref={canvas}>
        <svg viewBox={`${view.x} ${view.y} ${view.width} ${view.height}`} preserveAspectRatio="xMidYMid meet" aria-labelledby="map-caption" data-zoom={zoom.toFixed(2)}>
          <rect class="sea" x="0" y="0" width={MAP_WIDTH} height={MAP_HEIGHT} />
          <g class="countries" aria-hidden="true">
            {COUNTRY_PATHS.map((country) => (
              <path key={country.id} d={country.d} class={country.focus ? 'country country-focus' : 'country'}>
                <title>{country.name}</title>
              </path>
            ))}
          </g>
          <GovernorateMarks counts={perGovernorate} zoom={zoom} />
          <IncidentPoints placed={placed} zoom={zoom} maxFatalities={maxFatalities} selectedId={selectedId} hoveredId={hoveredId} onOpen={onOpen} />
        </svg>
        {canZoom && (
          <button type="button" class="button-small map-fit" onClick={() => setFit(!fit)}>
            {fit ? 'Show the whole country' : 'Zoom to these incidents'}
          </button>
        )}
        {loading && (
          <div class="map-overlay">
            <Loading label="Loading the map…" />
          </div>
        )}
        {error !== undefined && (
          <div class="map-overlay">
            <ErrorBanner error={error} onRetry={onRetry} />
          </div>
        )}
      </div>
      <figcaption id="map-caption" class="map-caption">
        {placed.length} incident{placed.length === 1 ? '' : 's'} on the map
        {incidents.length > placed.length && `, ${incidents.length - placed.length} without coordinates`}
        {truncated && ` (the first ${incidents.length} of the filtered timeline)`}. Governorates at their centroids, with the number of these incidents in each.
      </figcaption>
      <MapLegend maxFatalities={maxFatalities} present={present} />
    </figure>
  );
}
