import { placeNameKey } from '../text/place-name-key';
import { type Governorate, SYRIA_GOVERNORATES } from './syria-governorates';

/** A canonical first-level administrative unit: stable id (ISO 3166-2) and the name we show. */
export interface Admin1Ref {
  id: string;
  name: string;
}

/** Words that say "this is a governorate" without naming which one. */
const ADMIN1_QUALIFIERS: ReadonlySet<string> = new Set([
  'governorate', 'governate', 'province', 'muhafazat', 'muhafazah', 'muhafaza', 'mohafazat',
  'mohafazah', 'mohafaza', 'mouhafazat', 'محافظه',
]);

/** Governorate tables by ISO 3166-1 alpha-3 country code; another country is one more entry. */
const ADMIN1_TABLES: Readonly<Record<string, readonly Governorate[]>> = { SYR: SYRIA_GOVERNORATES };

export function admin1Key(name: string): string {
  return placeNameKey(name, ADMIN1_QUALIFIERS);
}

function spellingsOf(governorate: Governorate): string[] {
  return [governorate.name, governorate.nameAr, governorate.id, ...governorate.variants];
}

/**
 * Key → governorate. Two governorates sharing a key would make the answer depend on table order,
 * so that is a broken table and fails at load (and in the spec), not at lookup time.
 */
function indexGovernorates(governorates: readonly Governorate[]): ReadonlyMap<string, Admin1Ref> {
  const index = new Map<string, Admin1Ref>();
  for (const governorate of governorates) {
    const ref = { id: governorate.id, name: governorate.name };
    for (const spelling of spellingsOf(governorate)) {
      const key = admin1Key(spelling);
      const owner = index.get(key);
      if (key === '' || (owner !== undefined && owner.id !== ref.id)) {
        throw new Error(`Governorate table: "${spelling}" (${ref.id}) folds to "${key}", already ${owner?.id ?? 'empty'}`);
      }
      index.set(key, ref);
    }
  }
  return index;
}

const INDEXES: ReadonlyMap<string, ReadonlyMap<string, Admin1Ref>> = new Map(
  Object.entries(ADMIN1_TABLES).map(([iso3, table]) => [iso3, indexGovernorates(table)]),
);

/**
 * The canonical governorate for a name as a source reported it ("Hassakah", "al-Hasakah
 * Governorate", "الحسكة" → SY-HA Al Hasakah). Unknown names and countries without a table give
 * null: a wrong governorate would merge reports about different places, so we never guess.
 * The caller keeps the spelling as reported beside the canonical form.
 */
export function normalizeAdmin1(countryIso3: string, asReported: string): Admin1Ref | null {
  const index = INDEXES.get(countryIso3.trim().toUpperCase());
  const key = admin1Key(asReported);
  const found = index && key !== '' ? index.get(key) : undefined;
  return found ? { ...found } : null;
}

/** Every governorate of a country in table order, or [] when we have no table for it. */
export function governoratesOf(countryIso3: string): Admin1Ref[] {
  const iso3 = countryIso3.trim().toUpperCase();
  const table = Object.hasOwn(ADMIN1_TABLES, iso3) ? ADMIN1_TABLES[iso3] : [];
  return table.map(({ id, name }) => ({ id, name }));
}
