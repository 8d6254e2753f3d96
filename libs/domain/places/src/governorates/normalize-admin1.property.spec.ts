import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { normalizeAdmin1 } from './normalize-admin1';
import { SYRIA_GOVERNORATES } from './syria-governorates';

const canonical = fc.constantFrom(...SYRIA_GOVERNORATES);

/** Noise reporters add around a name: case, an article, a qualifier, odd spacing. */
const decorated = fc.record({
  governorate: canonical,
  upper: fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
  article: fc.constantFrom('', 'al-', 'Al ', 'el-'),
  qualifier: fc.constantFrom('', ' Governorate', ' province', ' (Muhafazat)'),
  padding: fc.constantFrom('', ' ', '  '),
});

describe('normalizeAdmin1 properties', () => {
  it('is idempotent on canonical names', () => {
    fc.assert(
      fc.property(canonical, (governorate) => {
        const once = normalizeAdmin1('SYR', governorate.name);
        expect(once).toEqual({ id: governorate.id, name: governorate.name });
        expect(normalizeAdmin1('SYR', once?.name ?? '')).toEqual(once);
      }),
    );
  });

  it('ignores case, articles, qualifiers and padding around any spelling of the table', () => {
    fc.assert(
      fc.property(decorated, ({ governorate, upper, article, qualifier, padding }) => {
        const spelling = [...governorate.name]
          .map((char, index) => (upper[index % upper.length] ? char.toUpperCase() : char.toLowerCase()))
          .join('');
        const reported = `${padding}${article}${spelling}${qualifier}${padding}`;
        expect(normalizeAdmin1('SYR', reported)?.id).toBe(governorate.id);
      }),
    );
  });

  it('never throws, and answers null or a governorate of the table', () => {
    const ids = new Set(SYRIA_GOVERNORATES.map((governorate) => governorate.id));
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (iso3, text) => {
        for (const country of [iso3, 'SYR']) {
          const result = normalizeAdmin1(country, text);
          expect(result === null || ids.has(result.id)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});
