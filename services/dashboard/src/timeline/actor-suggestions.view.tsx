import { useEffect, useState } from 'preact/hooks';
import type { Actor } from '../api/api.types';
import { useApi } from '../app/api-context';

/**
 * Suggestions for an actor field: registry names and aliases matching what was typed (any script),
 * asked 250 ms after typing stops. A <datalist>, so the browser handles keyboard and screen readers.
 */
export function ActorSuggestions({ id, text }: { id: string; text: string }) {
  const client = useApi();
  const [names, setNames] = useState<string[]>([]);
  useEffect(() => {
    const query = text.trim();
    if (query.length < 2) {
      setNames([]);
      return undefined;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      client.get<{ items: Actor[] }>('/v1/actors', { q: query, limit: 8 }, controller.signal).then(
        (answer) => setNames([...new Set(answer.items.flatMap((actor) => [actor.name, ...actor.aliases.filter((alias) => matches(alias, query))]))].slice(0, 12)),
        () => setNames([]),
      );
    }, 250);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text]);
  return (
    <datalist id={id}>
      {names.map((name) => (
        <option key={name} value={name} />
      ))}
    </datalist>
  );
}

const matches = (alias: string, query: string) => alias.toLowerCase().includes(query.toLowerCase());
