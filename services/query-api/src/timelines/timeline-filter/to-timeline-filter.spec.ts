import { describe, expect, it } from '@jest/globals';
import { buildRegistry, seedRegistry } from '@sitrep/domain-places';
import { toTimelineFilter } from './to-timeline-filter';

const registry = seedRegistry();

describe('toTimelineFilter', () => {
  it('resolves every parameter to what the read model stores', () => {
    const result = toTimelineFilter(
      {
        from: '2022-01-20', to: '2022-01-22', asOf: '2022-01-21', admin1: 'Hassakeh', admin2: 'Al Hasakah', place: 'prison', bbox: '40,36,41,37',
        actor: 'Daesh', eventType: 'Battles', subEventType: 'Armed clash', category: 'battle', minGrade: 'B3', minFatalities: 5,
        tag: ['prison break'], q: 'car bomb', status: 'all',
      },
      registry,
    );
    expect(result).toEqual({
      ok: true,
      filter: {
        status: 'all', occurredFrom: '2022-01-20T00:00:00.000000Z', occurredTo: '2022-01-22T23:59:59.999999Z', asOf: '2022-01-21T23:59:59.999999Z',
        admin1: ['Al Hasakah'], admin2: 'Al Hasakah', placeContains: 'prison', bbox: { minLon: 40, minLat: 36, maxLon: 41, maxLat: 37 },
        actorKeys: ['ucdp:234'], eventType: 'Battles', subEventType: 'Armed clash', category: 'battle',
        minGrade: { reliabilities: ['A', 'B'], credibility: 3 }, minFatalities: 5, tags: ['prison break'], text: 'car bomb',
      },
    });
  });

  it('filters active incidents unless told otherwise, and nothing else', () => {
    expect(toTimelineFilter({}, registry)).toEqual({ ok: true, filter: { status: 'active' } });
    expect(toTimelineFilter({}, registry, 'all')).toEqual({ ok: true, filter: { status: 'all' } });
  });

  it.each([
    ['ucdp:115', 'ucdp:115'],
    ['Military Forces of Turkey (2016-)', 'ucdp:115'],
    ['الجيش التركي', 'ucdp:115'],
    ['YPG', 'sitrep:ypg'],
    ['Asayish', 'name:asayish'],
    ["Al-Sina'a Guards", 'name:sinaa guards'],
    ['name:asayish', 'name:asayish'],
  ])('keys actor %j as %s', (actor, key) => {
    expect(toTimelineFilter({ actor }, registry)).toMatchObject({ ok: true, filter: { actorKeys: [key] } });
  });

  it('refuses an ambiguous actor name rather than guess, naming the candidates', () => {
    // Imported lists hold real homonyms: "SSDF" in Somalia and in Sudan.
    const homonyms = buildRegistry([
      { id: 'ucdp:1', name: 'Somali Salvation Democratic Front', aliases: ['SSDF'] },
      { id: 'ucdp:2', name: 'South Sudan Defence Forces', aliases: ['SSDF'] },
    ]);
    expect(toTimelineFilter({ actor: 'SSDF' }, homonyms)).toEqual({
      ok: false, parameter: 'actor',
      reason: 'actor: "SSDF" names several actors: ucdp:1 (Somali Salvation Democratic Front), ucdp:2 (South Sudan Defence Forces); ask by id',
    });
    expect(toTimelineFilter({ actor: 'ucdp:2' }, homonyms)).toMatchObject({ ok: true, filter: { actorKeys: ['ucdp:2'] } });
  });

  it('refuses what it cannot resolve, naming the parameter', () => {
    expect(toTimelineFilter({ admin1: 'Narnia' }, registry)).toEqual({ ok: false, parameter: 'admin1', reason: 'admin1: "Narnia" is not a governorate we know (see GET /v1/places/admin1)' });
    expect(toTimelineFilter({ actor: '—' }, registry)).toEqual({ ok: false, parameter: 'actor', reason: 'actor: names no actor' });
    expect(toTimelineFilter({ bbox: '1,2' }, registry)).toMatchObject({ ok: false, parameter: 'bbox' });
  });
});
