import { useState } from 'preact/hooks';
import { EVENT_TYPES, eventColour } from '../shared/event-types';
import { Name } from '../shared/names.view';
import { Empty, ErrorBanner, Loading } from '../shared/status.view';
import { ActivityBars } from './activity-bars.view';
import { ActivityHeatmap } from './activity-heatmap.view';
import { chartWeeks, weeklyTotals } from './activity-weeks';
import { ActorPicker, type PickedActor } from './actor-picker.view';
import { InteractionPairs } from './interaction-pairs.view';
import { useActivities } from './use-activities.hook';

const MAX_ACTORS = 6;

/** What picked actors have been doing: weekly stacked bars, an actor × week heatmap and who they met. */
export function ActorsPage() {
  const [picked, setPicked] = useState<PickedActor[]>([]);
  const [from, setFrom] = useState('2022-01-01');
  const [to, setTo] = useState('2022-12-31');
  const activities = useActivities(picked, from, to);
  const loaded = activities.data ?? [];
  const weeks = chartWeeks(loaded.flatMap((activity) => activity.buckets.map((bucket) => bucket.period)), from, to);
  const maxTotal = Math.max(1, ...loaded.flatMap((activity) => weeklyTotals(activity.buckets, weeks)));

  return (
    <div class="actors-page">
      <div class="actors-side">
        <ActorPicker picked={picked} onPick={(actor) => setPicked([...picked, actor].slice(-MAX_ACTORS))} />
      </div>
      <div class="actors-main">
        <div class="actors-toolbar">
          <ul class="chips" aria-label="Picked actors">
            {picked.map((actor) => (
              <li key={actor.id} class="chip" data-actor-id={actor.id}>
                <Name text={actor.name} />
                <button type="button" class="chip-remove" aria-label={`Remove ${actor.name}`} onClick={() => setPicked(picked.filter((other) => other.id !== actor.id))}>
                  ✕
                </button>
              </li>
            ))}
          </ul>
          <label>
            From <input type="date" value={from} onChange={(event) => setFrom(event.currentTarget.value)} />
          </label>
          <label>
            To <input type="date" value={to} onChange={(event) => setTo(event.currentTarget.value)} />
          </label>
        </div>
        {picked.length === 0 && <Empty>Pick an actor by name or alias — Daesh, SDF, Turkish Armed Forces, قسد — to see its weekly activity.</Empty>}
        {activities.loading && <Loading label="Loading activity…" />}
        {activities.error !== undefined && <ErrorBanner error={activities.error} onRetry={activities.reload} />}
        {loaded.length > 0 && !activities.loading && (
          <div class="actor-charts" data-actors={loaded.map((activity) => activity.actor.key).join('|')}>
            <ul class="legend-types chart-legend" aria-label="Event types">
              {EVENT_TYPES.map((type) => (
                <li key={type}>
                  <span class="legend-dot" style={{ background: eventColour(type) }} aria-hidden="true" />
                  {type}
                </li>
              ))}
            </ul>
            {loaded.map((activity) => (
              <ActivityBars key={activity.actor.key} activity={activity} weeks={weeks} maxTotal={maxTotal} />
            ))}
            <ActivityHeatmap activities={loaded} weeks={weeks} />
            <InteractionPairs activities={loaded} />
          </div>
        )}
      </div>
    </div>
  );
}
