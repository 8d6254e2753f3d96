import { describe, expect, it } from '@jest/globals';
import { eventColour, eventTypeOf } from './event-types';

describe('event types', () => {
  it('uses the ACLED type, whatever its case', () => {
    expect(eventTypeOf({ eventType: 'battles', category: 'battle' })).toBe('Battles');
  });

  it('falls back on the category, then Other (activity buckets say "other" or a category)', () => {
    expect(eventTypeOf({ category: 'explosion_remote' })).toBe('Explosions/Remote violence');
    expect(eventTypeOf({ eventType: 'violence_against_civilians' })).toBe('Violence against civilians');
    expect(eventTypeOf({ eventType: 'other' })).toBe('Other');
    expect(eventTypeOf({})).toBe('Other');
  });

  it('gives every type its own colour', () => {
    const colours = ['Battles', 'Explosions/Remote violence', 'Violence against civilians', 'Protests', 'Riots', 'Strategic developments', 'other'].map(eventColour);
    expect(new Set(colours).size).toBe(7);
  });
});
