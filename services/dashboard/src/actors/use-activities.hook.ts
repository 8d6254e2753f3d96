import type { ActorActivity } from '../api/api.types';
import { useApi } from '../app/api-context';
import { useAsync, type AsyncState } from '../shared/use-async.hook';
import type { PickedActor } from './actor-picker.view';

/** Weekly activity of every picked actor over the range, asked in parallel. */
export function useActivities(actors: PickedActor[], from: string, to: string): AsyncState<ActorActivity[]> {
  const client = useApi();
  const key = actors.map((actor) => actor.id).join('|');
  return useAsync(
    actors.length === 0
      ? null
      : (signal) => Promise.all(actors.map((actor) => client.get<ActorActivity>(`/v1/actors/${encodeURIComponent(actor.id)}/activity`, { granularity: 'week', from, to }, signal))),
    [key, from, to],
  );
}
