import { type Admin1Ref, governoratesOf } from '../governorates/normalize-admin1';
import { placeNameKey } from '../text/place-name-key';
import { type WellKnownPlace, WELL_KNOWN_PLACES } from './well-known-places';

function spellingsOf(place: WellKnownPlace): string[] {
  return [place.name, place.nameAr, ...place.variants];
}

/** Key → place; a key shared by two places is a broken table and fails at load (and in the spec). */
function indexPlaces(places: readonly WellKnownPlace[]): ReadonlyMap<string, WellKnownPlace> {
  const index = new Map<string, WellKnownPlace>();
  for (const place of places) {
    for (const spelling of spellingsOf(place)) {
      const key = placeNameKey(spelling);
      const owner = index.get(key);
      if (key === '' || (owner !== undefined && owner.id !== place.id)) {
        throw new Error(`Place table: "${spelling}" (${place.id}) folds to "${key}", already ${owner?.id ?? 'empty'}`);
      }
      index.set(key, place);
    }
  }
  return index;
}

const PLACE_INDEX = indexPlaces(WELL_KNOWN_PLACES);

/**
 * The well-known place a name refers to, matched on the whole name ("Tal Tamr", "Kobane"), never
 * on a part of it: "Al-Sina'a neighborhood in Qamishli" is not the prison. Unknown → null.
 */
export function findWellKnownPlace(name: string): WellKnownPlace | null {
  const key = placeNameKey(name);
  const place = key === '' ? undefined : PLACE_INDEX.get(key);
  return place ? { ...place, variants: [...place.variants] } : null;
}

/** The governorate a well-known place lies in ("Kobani" → SY-HL Aleppo); unknown place → null. */
export function governorateOfPlace(name: string): Admin1Ref | null {
  const place = findWellKnownPlace(name);
  if (!place) return null;
  return governoratesOf('SYR').find((governorate) => governorate.id === place.admin1Id) ?? null;
}
