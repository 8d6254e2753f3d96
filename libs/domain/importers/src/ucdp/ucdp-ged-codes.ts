import type { Category, GeoPrecision, TimePrecision } from '@sitrep/contracts';

/** UCDP `date_prec`: 1 the day, 2 a span of 2–6 days, 3 a week, 4 8–30 days (a month), 5 more than a month, within the year. */
export const UCDP_DATE_PRECISION: Readonly<Record<string, TimePrecision>> = { '1': 'day', '2': 'days_2_6', '3': 'week', '4': 'month', '5': 'year' };

/**
 * UCDP `where_prec`: 1 exact place; 2 within about 25 km of a known point; 3 only the ADM2;
 * 4 only the ADM1; 5 a line or an area across provinces; 6 only the country; 7 international
 * waters or airspace.
 */
export const UCDP_WHERE_PRECISION: Readonly<Record<string, GeoPrecision>> = {
  '1': 'exact',
  '2': 'near_25km',
  '3': 'adm2',
  '4': 'adm1',
  '5': 'linear_or_multi_region',
  '6': 'country',
  '7': 'intl_waters',
};

/**
 * UCDP `type_of_violence` and our category. State-based (1) and non-state (2) violence are fights
 * between organised actors (a battle); one-sided violence (3) is violence against civilians.
 * The UCDP name goes into the tags, as the contract has no violence-type field yet.
 */
export const UCDP_VIOLENCE: Readonly<Record<string, { tag: string; category: Category }>> = {
  '1': { tag: 'state_based', category: 'battle' },
  '2': { tag: 'non_state', category: 'battle' },
  '3': { tag: 'one_sided', category: 'violence_against_civilians' },
};
