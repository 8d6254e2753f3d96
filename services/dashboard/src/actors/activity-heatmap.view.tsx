import type { ActorActivity } from '../api/api.types';
import { formatDay } from '../shared/format';
import { svgTextAttributes } from '../shared/text-direction';
import { weeklyTotals } from './activity-weeks';

const LABEL = 190;
const ROW = 26;
const WIDTH = 760;

/** Actor × week: darker cells are busier weeks, on one scale for every row. */
export function ActivityHeatmap({ activities, weeks }: { activities: ActorActivity[]; weeks: string[] }) {
  const rows = activities.map((activity) => ({ activity, totals: weeklyTotals(activity.buckets, weeks) }));
  const max = Math.max(1, ...rows.flatMap((row) => row.totals));
  const cell = (WIDTH - LABEL) / Math.max(1, weeks.length);
  const height = rows.length * ROW + 18;
  return (
    <figure class="heatmap">
      <figcaption>
        Incidents per week <span class="muted">(darkest = {max})</span>
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={`Heatmap of weekly incidents for ${rows.length} actors`}>
        {rows.map(({ activity, totals }, row) => (
          <g key={activity.actor.key} class="heatmap-row" data-actor-id={activity.actor.key}>
            <text x={LABEL - 6} y={row * ROW + ROW / 2 + 4} {...svgTextAttributes(activity.actor.name, 'end')} class="heatmap-label">
              {activity.actor.name.length > 28 ? `${activity.actor.name.slice(0, 27)}…` : activity.actor.name}
            </text>
            {totals.map((count, index) => (
              <rect
                key={weeks[index]}
                x={LABEL + index * cell}
                y={row * ROW + 2}
                width={Math.max(1, cell - 1)}
                height={ROW - 4}
                class="heatmap-cell"
                fill={count === 0 ? '#eef1f4' : `rgba(120, 24, 16, ${0.15 + 0.85 * (count / max)})`}
              >
                <title>{`${activity.actor.name}, week of ${formatDay(weeks[index])}: ${count}`}</title>
              </rect>
            ))}
          </g>
        ))}
        {weeks.map((week, index) =>
          week.slice(8, 10) <= '07' ? (
            <text key={week} x={LABEL + index * cell} y={height - 4} class="tick">
              {formatDay(week).split(' ')[1]}
            </text>
          ) : null,
        )}
      </svg>
    </figure>
  );
}
