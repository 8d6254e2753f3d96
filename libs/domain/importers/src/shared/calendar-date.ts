const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * Reads a calendar day as upstream files write it and returns it as `YYYY-MM-DD`, or null.
 * Accepts ISO days (`2022-01-20`), ISO days followed by a time (`2022-01-20 00:00:00.000`, UCDP
 * exports) and ACLED's website export form (`20 January 2022`). Impossible days (`2022-02-30`)
 * and years before 1900 (ACLED once shipped year `0025`) are refused rather than "fixed".
 */
export function parseCalendarDate(text: string | null | undefined): string | null {
  const value = (text ?? '').trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value);
  if (iso) return checkedDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const spelled = /^(\d{1,2}) ([A-Za-z]+) (\d{4})$/.exec(value);
  if (spelled) return checkedDay(Number(spelled[3]), MONTHS.indexOf(spelled[2].toLowerCase()) + 1, Number(spelled[1]));
  return null;
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}

/** Midnight UTC of a calendar day: how a source that publishes only a day is placed on our clock. */
export function startOfDayUtc(day: string): string {
  return `${day}T00:00:00.000Z`;
}

function checkedDay(year: number, month: number, day: number): string | null {
  if (year < 1900 || month < 1 || month > 12 || day < 1) return null;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
