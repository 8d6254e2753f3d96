import type { Incident } from '@sitrep/domain-incidents';
import { normalizeAdmin1 } from '@sitrep/domain-places';
import type { GroupField } from './filter.types';

/** Fields whose values are words (everything but fatalities and grade). */
export type WordField = GroupField | 'status' | 'text';

/**
 * The values an incident has for a field, as shown to analysts: the canonical governorate name,
 * actor keys (canonical id, or `name:<folded name>` while unresolved), every tag. Empty when the
 * incident says nothing about it. Group keys and new-term values are built from these.
 */
export function fieldValues(incident: Incident, field: WordField): string[] {
  const { view } = incident;
  switch (field) {
    case 'country':
      return present(view.location.country.iso3);
    case 'admin1':
      return present(canonicalAdmin1Of(incident));
    case 'admin2':
      return present(view.location.admin2);
    case 'placeName':
      return present(view.location.placeName);
    case 'actor':
      return [...new Set(view.actors.map((actor) => actor.key))];
    case 'eventType':
      return present(view.eventType);
    case 'subEventType':
      return present(view.subEventType);
    case 'category':
      return [view.category];
    case 'tags':
      return [...view.tags];
    case 'status':
      return [incident.status];
    case 'text':
      return present(view.text);
    default: {
      const _exhaustive: never = field;
      return _exhaustive;
    }
  }
}

/** The governorate as ingest canonicalised it, else as our table knows the reported spelling. */
export function canonicalAdmin1Of(incident: Incident): string | undefined {
  const { location } = incident.view;
  if (location.canonicalAdmin1 !== undefined) return location.canonicalAdmin1;
  if (location.admin1 === undefined) return undefined;
  return normalizeAdmin1(location.country.iso3, location.admin1)?.name ?? location.admin1;
}

function present(value: string | undefined): string[] {
  return value === undefined || value.trim() === '' ? [] : [value];
}
