import { describe, expect, it } from '@jest/globals';
import { normalizeAdmin1 } from '../governorates/normalize-admin1';
import { findWellKnownPlace, governorateOfPlace } from './governorate-of-place';
import { WELL_KNOWN_PLACES } from './well-known-places';

describe('governorateOfPlace', () => {
  it.each([
    ['Hasakah city', 'SY-HA'], ["al-Sina'a prison", 'SY-HA'], ['Ghuwayran prison', 'SY-HA'],
    ['سجن الصناعة', 'SY-HA'], ['Tel Tamr', 'SY-HA'], ['Tal Tamr', 'SY-HA'], ['Ain Issa', 'SY-RA'],
    ['Ayn Issa', 'SY-RA'], ['Kobani', 'SY-HL'], ['Kobane', 'SY-HL'], ['Ayn al-Arab', 'SY-HL'],
    ['عين العرب', 'SY-HL'], ['Qamishli', 'SY-HA'], ['Qamishlo', 'SY-HA'], ['al-Hol camp', 'SY-HA'],
    ['Al Hawl', 'SY-HA'],
  ])('%s lies in %s', (place, admin1Id) => {
    expect(governorateOfPlace(place)?.id).toBe(admin1Id);
  });

  it('answers with the canonical governorate, as normalizeAdmin1 names it', () => {
    expect(governorateOfPlace('Kobani')).toEqual(normalizeAdmin1('SYR', 'Aleppo'));
  });

  it('matches whole names only: another al-Sina\'a is not the prison', () => {
    expect(findWellKnownPlace("Al-Sina'a neighborhood in Qamishli")).toBeNull();
    expect(findWellKnownPlace("al-Sina'a")).toBeNull();
  });

  it.each(['', 'Mosul', 'Kobani countryside', 'Tamr'])('does not guess for %j', (name) => {
    expect(governorateOfPlace(name)).toBeNull();
  });

  it('places every table entry in a governorate we know, and finds it by each of its spellings', () => {
    for (const place of WELL_KNOWN_PLACES) {
      expect(normalizeAdmin1('SYR', place.admin1Id)?.id).toBe(place.admin1Id);
      for (const spelling of [place.name, place.nameAr, ...place.variants]) {
        expect([spelling, findWellKnownPlace(spelling)?.id]).toEqual([spelling, place.id]);
      }
    }
  });
});
