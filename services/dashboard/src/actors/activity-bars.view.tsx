import type { ActorActivity } from '../api/api.types';
import { eventColour } from '../shared/event-types';
import { formatDay } from '../shared/format';
import { Name } from '../shared/names.view';
import { stackByWeek } from './activity-weeks';

const WIDTH = 760;
const HEIGHT = 150;
const LEFT = 32;
const BOTTOM = 20;

/** One actor's incidents per week, stacked by event type, on a scale shared by every picked actor (so bars compare). */
export function ActivityBars({ activity, weeks, maxTotal }: { activity: ActorActivity; weeks: string[]; maxTotal: number }) {
  const stacks = stackByWeek(activity.buckets, weeks);
  const band = (WIDTH - LEFT) / Math.max(1, weeks.length);
  const plot = HEIGHT - BOTTOM;
  const y = (value: number) => plot - (value / Math.max(1, maxTotal)) * (plot - 8);
  const total = stacks.reduce((sum, stack) => sum + stack.total, 0);
  return (
    <figure class="activity-bars" data-actor-id={activity.actor.key}>
      <figcaption>
        <Name text={activity.actor.name} class="chart-title" /> <span class="muted">{total} incidents in range, by week and event type</span>
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={`${activity.actor.name}: ${total} incidents over ${weeks.length} weeks`}>
        <line x1={LEFT} x2={WIDTH} y1={plot} y2={plot} class="axis" />
        <text x={LEFT - 4} y={y(maxTotal) + 4} text-anchor="end" class="tick">
          {maxTotal}
        </text>
        <text x={LEFT - 4} y={plot} text-anchor="end" class="tick">
          0
        </text>
        {stacks.map((stack, index) =>
          stack.segments.map((segment) => (
            <rect
              key={`${stack.week}-${segment.eventType}`}
              class="bar"
              data-week={stack.week}
              x={LEFT + index * band + band * 0.1}
              width={Math.max(1, band * 0.8)}
              y={y(segment.base + segment.incidents)}
              height={y(segment.base) - y(segment.base + segment.incidents)}
              fill={eventColour(segment.eventType)}
            >
              <title>{`Week of ${formatDay(stack.week)}: ${segment.incidents} ${segment.eventType}`}</title>
            </rect>
          )),
        )}
        {weeks.map((week, index) =>
          week.slice(8, 10) <= '07' ? (
            <text key={week} x={LEFT + index * band} y={HEIGHT - 4} class="tick">
              {formatDay(week).split(' ').slice(1).join(' ')}
            </text>
          ) : null,
        )}
      </svg>
    </figure>
  );
}
