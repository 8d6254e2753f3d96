import { describe, expect, it } from '@jest/globals';
import { addActor, seedRegistry } from '@sitrep/domain-places';
import { incident, ISIS, SDF, TURKEY, withRoles } from '../testing/incident-builder';
import { compileFilter } from './compile-filter';
import type { Filter, FilterContext } from './filter.types';

const registry = seedRegistry();
const passes = (filter: Filter, subject = incident({ id: 'x' }), context: FilterContext = { registry }) => compileFilter(filter, context)(subject);

describe('compileFilter', () => {
  it('accepts any spelling of a governorate, on either side', () => {
    for (const value of ['Al Hasakah', 'Hassakah', 'al-Hasakah Governorate', 'الحسكة']) {
      expect(passes({ field: 'admin1', op: 'eq', value })).toBe(true);
    }
    const reportedOnly = incident({ id: 'raw', rawAdmin1: 'Haseke' });
    expect(passes({ field: 'admin1', op: 'in', value: ['Hasakah', 'Raqqa'] }, reportedOnly)).toBe(true);
    expect(passes({ field: 'admin1', op: 'eq', value: 'Raqqa' })).toBe(false);
  });

  it('resolves actor aliases through the registry, and counts a cell as its group', () => {
    expect(passes({ field: 'actor', op: 'eq', value: 'Daesh' })).toBe(true);
    expect(passes({ field: 'actor', op: 'eq', value: 'ucdp:234' }, incident({ id: 'x' }), {})).toBe(true);
    expect(passes({ field: 'actor', op: 'eq', value: 'Daesh' }, incident({ id: 'x' }), {})).toBe(false);
    const added = addActor(registry, { id: 'sitrep:isis-hasakah-cell', name: 'ISIS Hasakah cell', aliases: [], parentId: 'ucdp:234' });
    if (!added.ok) throw new Error(added.error);
    const cell = { key: 'sitrep:isis-hasakah-cell', actorId: 'sitrep:isis-hasakah-cell', name: 'ISIS Hasakah cell', roles: ['actor1' as const] };
    const byCell = incident({ id: 'cell', actors: [cell, SDF] });
    expect(passes({ field: 'actor', op: 'eq', value: 'Islamic State' }, byCell, { registry: added.registry })).toBe(true);
    expect(passes({ field: 'actor', op: 'eq', value: 'sitrep:isis-hasakah-cell' }, incident({ id: 'main' }), { registry: added.registry })).toBe(false);
  });

  it('matches an actor ingest left unresolved by its name, or by the registry resolving it now', () => {
    const unresolved = incident({ id: 'u', actors: [{ key: 'name:daesh', name: 'Daesh', roles: ['actor1'] }] });
    expect(passes({ field: 'actor', op: 'eq', value: 'Islamic State' }, unresolved)).toBe(true);
    expect(passes({ field: 'actor', op: 'eq', value: 'daesh' }, unresolved, {})).toBe(true);
  });

  it('restricts an actor to roles when asked', () => {
    const turkeyShelled = incident({ id: 't', actors: [withRoles(TURKEY, ['actor2']), ISIS] });
    expect(passes({ field: 'actor', op: 'eq', value: 'Turkey' }, turkeyShelled)).toBe(true);
    expect(passes({ field: 'actor', op: 'eq', value: 'Turkey', roles: ['actor1'] }, turkeyShelled)).toBe(false);
    expect(passes({ field: 'actor', op: 'contains', value: 'turkey' }, turkeyShelled)).toBe(true);
  });

  it('compares words ignoring case, accents and the Arabic article', () => {
    const tagged = incident({ id: 't', tags: ['Prison break'], placeName: "Al-Sina'a Prison" });
    expect(passes({ field: 'tags', op: 'contains', value: 'PRISON' }, tagged)).toBe(true);
    expect(passes({ field: 'tags', op: 'eq', value: 'prison break' }, tagged)).toBe(true);
    expect(passes({ field: 'placeName', op: 'contains', value: 'sinaa' }, tagged)).toBe(true);
    expect(passes({ field: 'text', op: 'contains', value: "Sina'a prison" }, tagged)).toBe(true);
    expect(passes({ field: 'eventType', op: 'eq', value: 'battles' }, tagged)).toBe(true);
    expect(passes({ field: 'admin2', op: 'exists', value: false }, tagged)).toBe(true);
  });

  it('compares fatalities on the best estimate; an unknown count passes only exists: false', () => {
    const deadly = incident({ id: 'd', fatalities: 12 });
    expect(passes({ field: 'fatalities', op: 'gte', value: 10 }, deadly)).toBe(true);
    expect(passes({ field: 'fatalities', op: 'lt', value: 10 }, deadly)).toBe(false);
    expect(passes({ field: 'fatalities', op: 'in', value: [11, 12] }, deadly)).toBe(true);
    expect(passes({ field: 'fatalities', op: 'lt', value: 10 })).toBe(false);
    expect(passes({ field: 'fatalities', op: 'exists', value: false })).toBe(true);
  });

  it('reads "grade at least B3" as reliability A or B and credibility 1 to 3', () => {
    const graded = (grade: string) => incident({ id: grade, grade });
    const atLeastB3: Filter = { field: 'grade', op: 'gte', value: 'B3' };
    expect(['B2', 'A3', 'B3'].map((g) => passes(atLeastB3, graded(g)))).toEqual([true, true, true]);
    expect(['C1', 'B4', 'F6'].map((g) => passes(atLeastB3, graded(g)))).toEqual([false, false, false]);
    expect(passes({ field: 'grade', op: 'lte', value: 'C4' }, graded('D5'))).toBe(true);
    expect(passes(atLeastB3)).toBe(false);
  });

  it('combines with all, any and not', () => {
    expect(passes({ all: [] })).toBe(true);
    expect(passes({ any: [] })).toBe(false);
    expect(passes({ not: { field: 'status', op: 'eq', value: 'retracted' } })).toBe(true);
    expect(passes({ all: [{ field: 'category', op: 'eq', value: 'battle' }, { any: [{ field: 'admin1', op: 'eq', value: 'Idlib' }, { field: 'actor', op: 'in', value: ['SDF'] }] }] })).toBe(true);
  });
});
