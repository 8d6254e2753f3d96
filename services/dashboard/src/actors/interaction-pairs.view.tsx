import type { ActorActivity } from '../api/api.types';
import { formatDay } from '../shared/format';
import { Name } from '../shared/names.view';

const SHOWN = 8;

/** Who each picked actor appeared with (either side of the same incidents), most often first. */
export function InteractionPairs({ activities }: { activities: ActorActivity[] }) {
  return (
    <section class="pairs" aria-labelledby="pairs-title">
      <h3 id="pairs-title">Interaction pairs</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">Actor</th>
            <th scope="col">With</th>
            <th scope="col">Incidents</th>
            <th scope="col">First – last</th>
          </tr>
        </thead>
        <tbody>
          {activities.flatMap((activity) =>
            activity.interactions.slice(0, SHOWN).map((pair) => (
              <tr key={`${activity.actor.key}|${pair.with.key}`}>
                <td>
                  <Name text={activity.actor.name} />
                </td>
                <td>
                  <Name text={pair.with.name} />
                  {!pair.with.registered && <span class="muted"> (unregistered)</span>}
                </td>
                <td class="number">{pair.incidents}</td>
                <td>
                  {formatDay(pair.firstDay)} – {formatDay(pair.lastDay)}
                </td>
              </tr>
            )),
          )}
        </tbody>
      </table>
      {activities.every((activity) => activity.interactions.length === 0) && <p class="status status-empty">No shared incidents in range.</p>}
    </section>
  );
}
