import { useEffect, useState } from 'preact/hooks';
import type { Actor } from '../api/api.types';
import { useApi } from '../app/api-context';
import { Name } from '../shared/names.view';
import { ErrorBanner, Loading } from '../shared/status.view';
import { useAsync } from '../shared/use-async.hook';

export interface PickedActor {
  id: string;
  name: string;
}

/**
 * Find actors by name or alias in any script (ISIS, Daesh, داعش all find Islamic State); with nothing
 * typed, the busiest actors are offered. Results are buttons: Enter or Space picks one.
 */
export function ActorPicker({ picked, onPick }: { picked: PickedActor[]; onPick: (actor: PickedActor) => void }) {
  const client = useApi();
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQuery(text.trim()), 250);
    return () => clearTimeout(timer);
  }, [text]);
  const found = useAsync((signal) => client.get<{ items: Actor[] }>('/v1/actors', { q: query, limit: 12 }, signal), [query]);
  const chosen = new Set(picked.map((actor) => actor.id));

  return (
    <section class="actor-picker" aria-labelledby="picker-title">
      <h2 id="picker-title">Pick actors</h2>
      <label for="actor-search">Name or alias</label>
      <input id="actor-search" type="search" dir="auto" autoComplete="off" placeholder="Daesh, SDF, Turkish Armed Forces, قسد" value={text} onInput={(event) => setText(event.currentTarget.value)} />
      {found.loading && <Loading label="Searching…" />}
      {found.error !== undefined && <ErrorBanner error={found.error} onRetry={found.reload} />}
      {found.data?.items.length === 0 && <p class="status status-empty">No actor is called that.</p>}
      <ul class="actor-results">
        {found.data?.items.map((actor) => (
          <li key={actor.id}>
            <button type="button" class="actor-result" data-actor-id={actor.id} disabled={chosen.has(actor.id)} onClick={() => onPick({ id: actor.id, name: actor.name })}>
              <Name text={actor.name} class="actor-name" />
              <span class="muted">
                {actor.incidents} incident{actor.incidents === 1 ? '' : 's'}
                {!actor.registered && ' · not in the registry'}
              </span>
              {actor.aliases.length > 0 && (
                <span class="actor-aliases muted" dir="auto">
                  {actor.aliases.slice(0, 4).join(' · ')}
                </span>
              )}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
