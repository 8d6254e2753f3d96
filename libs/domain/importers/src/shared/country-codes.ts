/**
 * The few countries our importers accept, with the codes each upstream uses for them:
 * ACLED writes ISO 3166-1 numeric (`iso` = 760 for Syria), UCDP writes Gleditsch-Ward
 * (`country_id` = 652), Airwars writes the English name. Sitrep stores ISO 3166-1 alpha-3.
 * A country missing here is rejected with a clear reason instead of being guessed.
 */
interface KnownCountry {
  iso3: string;
  isoNumeric: number;
  gleditschWard: number;
  names: string[];
}

const KNOWN_COUNTRIES: readonly KnownCountry[] = [
  { iso3: 'SYR', isoNumeric: 760, gleditschWard: 652, names: ['Syria', 'Syrian Arab Republic'] },
  { iso3: 'IRQ', isoNumeric: 368, gleditschWard: 645, names: ['Iraq'] },
  { iso3: 'TUR', isoNumeric: 792, gleditschWard: 640, names: ['Turkey', 'Türkiye', 'Turkiye'] },
];

export function iso3FromIsoNumeric(code: string): string | null {
  const numeric = Number(code.trim());
  return KNOWN_COUNTRIES.find((country) => country.isoNumeric === numeric)?.iso3 ?? null;
}

export function iso3FromGleditschWard(code: string): string | null {
  const numeric = Number(code.trim());
  return KNOWN_COUNTRIES.find((country) => country.gleditschWard === numeric)?.iso3 ?? null;
}

export function iso3FromCountryName(name: string): string | null {
  const wanted = name.trim().toLowerCase();
  return KNOWN_COUNTRIES.find((country) => country.names.some((known) => known.toLowerCase() === wanted))?.iso3 ?? null;
}
