/**
 * A governorate (muhafazah, admin1) of Syria. `id` is its ISO 3166-2:SY code; `name` the English
 * spelling Sitrep shows; `nameAr` the Arabic name; `variants` other spellings seen in reports.
 * Variants only need to differ after folding (case, accents, hyphens, the article al-/ar-/as-…,
 * doubled letters, -ah/-eh endings and the word "governorate" are already ignored), so a new
 * spelling is one more string here.
 */
export interface Governorate {
  id: string;
  name: string;
  nameAr: string;
  variants: string[];
}

/** Written by us from general knowledge of Syrian place names; not copied from any dataset. */
export const SYRIA_GOVERNORATES: readonly Governorate[] = [
  {
    id: 'SY-HA',
    name: 'Al Hasakah',
    nameAr: 'الحسكة',
    variants: ['Hasakah', 'Hassakeh', 'Haseke', 'Hesekê'],
  },
  { id: 'SY-RA', name: 'Ar Raqqah', nameAr: 'الرقة', variants: ['Raqqa', 'Rakka'] },
  {
    id: 'SY-DY',
    name: 'Deir ez-Zor',
    nameAr: 'دير الزور',
    variants: ['Deir Ezzor', 'Dayr az Zawr', 'Deir el-Zour', 'Dair Ezzor', 'Dair al-Zour'],
  },
  { id: 'SY-HL', name: 'Aleppo', nameAr: 'حلب', variants: ['Halab', 'Haleb', 'Halep', 'Alep'] },
  { id: 'SY-ID', name: 'Idlib', nameAr: 'إدلب', variants: ['Idleb', 'Edlib'] },
  { id: 'SY-HM', name: 'Hama', nameAr: 'حماة', variants: ['Hamah'] },
  { id: 'SY-HI', name: 'Homs', nameAr: 'حمص', variants: ['Hims', 'Hums'] },
  {
    id: 'SY-LA',
    name: 'Latakia',
    nameAr: 'اللاذقية',
    variants: ['Lattakia', 'Latakieh', 'Al-Ladhiqiyah', 'Lazkiye'],
  },
  { id: 'SY-TA', name: 'Tartus', nameAr: 'طرطوس', variants: ['Tartous', 'Tartouss'] },
  { id: 'SY-DI', name: 'Damascus', nameAr: 'دمشق', variants: ['Dimashq', 'Damascus City', 'Damas'] },
  {
    id: 'SY-RD',
    name: 'Rif Dimashq',
    nameAr: 'ريف دمشق',
    variants: ['Rif Damascus', 'Reef Damascus', 'Rural Damascus', 'Damascus Countryside'],
  },
  {
    id: 'SY-QU',
    name: 'Quneitra',
    nameAr: 'القنيطرة',
    variants: ['Al Qunaytirah', 'Qunaitra', 'Kuneitra'],
  },
  { id: 'SY-DR', name: 'Daraa', nameAr: 'درعا', variants: ["Dar'a", 'Deraa'] },
  {
    id: 'SY-SU',
    name: 'As-Suwayda',
    nameAr: 'السويداء',
    variants: ['Suwaida', 'Sweida', 'Soueida', 'السويدا'],
  },
];
