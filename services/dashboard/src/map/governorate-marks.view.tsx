import { svgTextAttributes, type TextAnchor } from '../shared/text-direction';
import { GOVERNORATE_CENTROIDS } from './governorate-centroids';
import { project } from './map-projection';

/**
 * Each governorate as a labelled centroid (no clean outline data exists), with how many of the shown
 * incidents lie in it. `zoom` is map units per screen pixel: labels stay 12 px and marks 4 px.
 */
export function GovernorateMarks({ counts, zoom }: { counts: Map<string, number>; zoom: number }) {
  const mark = 4 * zoom;
  return (
    <g class="governorates" aria-hidden="true" font-size={12 * zoom}>
      {GOVERNORATE_CENTROIDS.map((centroid) => {
        const at = project(centroid.lon, centroid.lat);
        if (at === null) return null;
        const [x, y] = at;
        const labelX = x + (centroid.labelDx ?? 0) * zoom;
        const labelY = y + ((centroid.labelDy ?? 0) - 8) * zoom;
        const anchor: TextAnchor = (centroid.labelDx ?? 0) < 0 ? 'end' : (centroid.labelDx ?? 0) > 0 ? 'start' : 'middle';
        const count = counts.get(centroid.id);
        return (
          <g key={centroid.id} class="governorate" data-governorate={centroid.id}>
            <path d={`M${x},${y - mark}L${x + mark},${y}L${x},${y + mark}L${x - mark},${y}Z`} class="governorate-mark">
              <title>{`${centroid.name} — ${centroid.nameAr}`}</title>
            </path>
            <text x={labelX} y={labelY} {...svgTextAttributes(centroid.name, anchor)} class="governorate-label">
              {centroid.name}
              {count !== undefined && count > 0 && <tspan class="governorate-count"> {count}</tspan>}
            </text>
          </g>
        );
      })}
    </g>
  );
}

