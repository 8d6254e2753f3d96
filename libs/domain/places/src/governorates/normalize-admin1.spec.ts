import { describe, expect, it } from '@jest/globals';
import { governoratesOf, normalizeAdmin1 } from './normalize-admin1';
import { SYRIA_GOVERNORATES } from './syria-governorates';

const idOf = (asReported: string): string | null => normalizeAdmin1('SYR', asReported)?.id ?? null;

describe('the Syrian governorate table', () => {
  it('has the 14 governorates with distinct ISO 3166-2:SY ids', () => {
    const ids = SYRIA_GOVERNORATES.map((governorate) => governorate.id);
    expect(new Set(ids).size).toBe(14);
    for (const id of ids) expect(id).toMatch(/^SY-[A-Z]{2}$/);
  });

  it('resolves every spelling it lists to its own governorate', () => {
    for (const governorate of SYRIA_GOVERNORATES) {
      for (const spelling of [governorate.name, governorate.nameAr, governorate.id, ...governorate.variants]) {
        expect([spelling, idOf(spelling)]).toEqual([spelling, governorate.id]);
      }
    }
  });
});

describe('normalizeAdmin1', () => {
  it.each([
    'Al Hasakah', 'Hassaka', 'Hassakah', 'Al Hassakah', 'Hasakah', 'al-Hasakah', 'Al-Hasakeh', 'Hasakeh',
    'AL HASAKAH', 'Al-Ḥasakah', 'al Hasakah Governorate', 'Hasakah Province', 'Muhafazat al-Hasakah',
    'الحسكة', 'حسكة', 'محافظة الحسكة',
  ])('%s → SY-HA', (spelling) => {
    expect(normalizeAdmin1('SYR', spelling)).toEqual({ id: 'SY-HA', name: 'Al Hasakah' });
  });

  it.each([
    ['Raqqa', 'SY-RA'], ['Ar-Raqqah', 'SY-RA'], ['الرقة', 'SY-RA'], ['رقة', 'SY-RA'],
    ['Deir ez-Zor', 'SY-DY'], ['Deir Ezzor', 'SY-DY'], ['Dayr az Zawr', 'SY-DY'], ['Deir al-Zor', 'SY-DY'],
    ['دير الزور', 'SY-DY'], ['Aleppo', 'SY-HL'], ['Halab', 'SY-HL'], ['حلب', 'SY-HL'], ['Idleb', 'SY-ID'],
    ['إدلب', 'SY-ID'], ['ادلب', 'SY-ID'], ['Hamah', 'SY-HM'], ['حماه', 'SY-HM'], ['Lattakia', 'SY-LA'],
    ['Al Ladhiqiyah', 'SY-LA'], ['Tartous', 'SY-TA'], ['Rural Damascus', 'SY-RD'], ['ريف دمشق', 'SY-RD'],
    ['Damascus', 'SY-DI'], ['Al Qunaytirah', 'SY-QU'], ["Dar'a", 'SY-DR'], ['As Suwayda', 'SY-SU'],
    ['Sweida', 'SY-SU'], ['Suwayda Governorate', 'SY-SU'],
  ])('%s → %s', (spelling, id) => {
    expect(idOf(spelling)).toBe(id);
  });

  it('accepts the country code in any case and with spaces', () => {
    expect(normalizeAdmin1(' syr ', 'Aleppo')?.id).toBe('SY-HL');
  });

  it.each(['', '   ', 'Governorate', 'al-', 'Hasakah city', 'Mosul', 'Ninawa', 'Damascus Rural Road', 'Kobani'])(
    'does not guess for %j',
    (spelling) => {
      expect(normalizeAdmin1('SYR', spelling)).toBeNull();
    },
  );

  it('returns null for a country without a table', () => {
    expect(normalizeAdmin1('IRQ', 'Aleppo')).toBeNull();
    expect(governoratesOf('IRQ')).toEqual([]);
  });

  it('hands out copies, so callers cannot corrupt the table', () => {
    const first = normalizeAdmin1('SYR', 'Aleppo');
    if (first) first.name = 'changed';
    expect(normalizeAdmin1('SYR', 'Aleppo')?.name).toBe('Aleppo');
  });
});
