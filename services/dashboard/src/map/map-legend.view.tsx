import { EVENT_TYPES, eventColour } from '../shared/event-types';
import { MAX_RADIUS, MIN_RADIUS, radiusFor } from './map-scales';

/** What colour and size mean: event type, and fatalities on an area scale up to `maxFatalities`. */
export function MapLegend({ maxFatalities, present }: { maxFatalities: number; present: Set<string> }) {
  const middle = Math.round(maxFatalities / 4);
  return (
    <div class="map-legend" aria-label="Legend">
      <ul class="legend-types">
        {EVENT_TYPES.filter((type) => present.has(type)).map((type) => (
          <li key={type}>
            <span class="legend-dot" style={{ background: eventColour(type) }} aria-hidden="true" />
            {type}
          </li>
        ))}
      </ul>
      <svg class="legend-sizes" viewBox={`0 0 150 ${MAX_RADIUS * 2 + 16}`} role="img" aria-label={`Point area by fatalities: smallest unknown or 0, largest ${maxFatalities}`}>
        {[
          { value: 0, label: '0 / ?', r: MIN_RADIUS, x: 10 },
          { value: middle, label: String(middle), r: radiusFor(middle, maxFatalities), x: 45 },
          { value: maxFatalities, label: String(maxFatalities), r: MAX_RADIUS, x: 105 },
        ].map((size) => (
          <g key={size.x}>
            <circle cx={size.x + MAX_RADIUS / 2} cy={MAX_RADIUS * 2 - size.r} r={size.r} class="legend-size" />
            <text x={size.x + MAX_RADIUS / 2} y={MAX_RADIUS * 2 + 13} text-anchor="middle">
              {size.label}
            </text>
          </g>
        ))}
      </svg>
      <p class="legend-note">Point area ∝ fatalities (best estimate)</p>
    </div>
  );
}
