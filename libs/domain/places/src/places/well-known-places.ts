/**
 * A place the demo and the analysts' January 2022 Hasakah story keep coming back to, with the
 * governorate (ISO 3166-2:SY id) it lies in. `variants` follow the same folding as governorates
 * (case, accents, articles, doubled letters, -ah/-eh endings are already ignored).
 */
export interface WellKnownPlace {
  id: string;
  name: string;
  nameAr: string;
  kind: 'city' | 'town' | 'prison' | 'camp';
  admin1Id: string;
  variants: string[];
}

/**
 * Written by us. A bare "al-Sina'a" is deliberately not a variant of the prison: Qamishli also
 * has an al-Sina'a (industrial) neighbourhood, and Airwars reports strikes there.
 */
export const WELL_KNOWN_PLACES: readonly WellKnownPlace[] = [
  {
    id: 'SY-HA:hasakah-city',
    name: 'Hasakah',
    nameAr: 'الحسكة',
    kind: 'city',
    admin1Id: 'SY-HA',
    variants: ['Hasakah city', 'Al Hasakah city', 'Hassakeh', 'Haseke', 'Hesekê', 'مدينة الحسكة'],
  },
  {
    id: 'SY-HA:al-sinaa-prison',
    name: "al-Sina'a prison",
    nameAr: 'سجن الصناعة',
    kind: 'prison',
    admin1Id: 'SY-HA',
    variants: [
      'Sinaa prison', 'Ghuwayran prison', 'Ghwayran prison', 'Gweiran prison', 'Hasakah prison',
      'سجن غويران',
    ],
  },
  {
    id: 'SY-HA:tel-tamr',
    name: 'Tel Tamr',
    nameAr: 'تل تمر',
    kind: 'town',
    admin1Id: 'SY-HA',
    variants: ['Tal Tamr', 'Tell Tamer', 'Tal Tamer', 'Tel Tamer', 'Til Temir'],
  },
  {
    id: 'SY-RA:ain-issa',
    name: 'Ain Issa',
    nameAr: 'عين عيسى',
    kind: 'town',
    admin1Id: 'SY-RA',
    variants: ['Ayn Issa', 'Ain Eissa', 'Ayn Isa', 'Ain Isa'],
  },
  {
    id: 'SY-HL:kobani',
    name: 'Kobani',
    nameAr: 'عين العرب',
    kind: 'city',
    admin1Id: 'SY-HL',
    variants: ['Kobane', 'Kobanî', 'Ayn al-Arab', 'Ain al-Arab', 'كوباني'],
  },
  {
    id: 'SY-HA:qamishli',
    name: 'Qamishli',
    nameAr: 'القامشلي',
    kind: 'city',
    admin1Id: 'SY-HA',
    variants: ['Qamishlo', 'Kamishli', 'Qamişlo', 'Al-Qamishli'],
  },
  {
    id: 'SY-HA:al-hol-camp',
    name: 'al-Hol camp',
    nameAr: 'مخيم الهول',
    kind: 'camp',
    admin1Id: 'SY-HA',
    variants: ['al-Hol', 'Al Hawl', 'al-Hawl camp', 'Hol camp', 'الهول'],
  },
];
