import { describe, expect, it } from '@jest/globals';
import { PRISON, PRISON_DUPLICATE, QAMISHLI_RETRACTED } from '../../testing/hasakah-incidents';
import { diffVersions } from './version-diff';

describe('diffVersions', () => {
  it('finds nothing between a version and itself', () => {
    expect(diffVersions(PRISON[0], PRISON[0])).toEqual([]);
  });

  it('names each changed field with its value before and after, in a fixed order', () => {
    expect(diffVersions(PRISON[0], PRISON[1])).toEqual([
      { field: 'eventType', before: 'Explosions/Remote violence', after: 'Battles' },
      { field: 'subEventType', before: 'Suicide bomb', after: 'Armed clash' },
      { field: 'category', before: 'explosion_remote', after: 'battle' },
      { field: 'fatalities.low', before: null, after: 20 },
      { field: 'fatalities.high', before: null, after: 28 },
      { field: 'bestSourceGrade', before: 'B2', after: 'B1' },
      { field: 'reportCount', before: 1, after: 2 },
      { field: 'sourceCount', before: 1, after: 2 },
      { field: 'reports', before: ['r-rudaw-1:current'], after: ['r-rudaw-1:current', 'r-centcom-1:current'] },
    ]);
  });

  it('sees a merge and a retraction as status changes', () => {
    expect(diffVersions(PRISON_DUPLICATE[0], PRISON_DUPLICATE[1])).toEqual([
      { field: 'status', before: 'active', after: 'merged' },
      { field: 'mergedInto', before: null, after: 'inc-prison' },
    ]);
    expect(diffVersions(QAMISHLI_RETRACTED[0], QAMISHLI_RETRACTED[1]).map((c) => c.field)).toEqual(['status', 'reportCount', 'sourceCount', 'reports']);
  });

  it('compares points and lists by value, not by reference', () => {
    const moved = { ...PRISON[2], view: { ...PRISON[2].view, location: { ...PRISON[2].view.location, point: { lat: 36.48, lon: 40.76 } } } };
    expect(diffVersions(PRISON[2], moved)).toEqual([{ field: 'location.point', before: { lat: 36.476929, lon: 40.762153 }, after: { lat: 36.48, lon: 40.76 } }]);
    const copy = structuredClone(PRISON[2]);
    expect(diffVersions(PRISON[2], copy)).toEqual([]);
  });
});
