const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2022-01-20` (or an instant) → `20 Jan 2022`, in UTC: occurred dates are calendar days, not local times. */
export function formatDay(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (match === null) return value;
  return `${Number(match[3])} ${MONTHS[Number(match[2]) - 1] ?? match[2]} ${match[1]}`;
}

/** An instant → `25 Nov 2026 23:52 UTC`: when Sitrep learned something, stated without a time-zone guess. */
export function formatInstant(value: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(value);
  return match === null ? formatDay(value) : `${formatDay(match[1])} ${match[2]} UTC`;
}

const PRECISION_PREFIX: Record<string, string> = {
  week: 'week of ',
  month: 'month of ',
  year: 'year of ',
  days_2_6: 'between ',
};

/** When it happened, with its precision said plainly: `20 Jan 2022`, `week of 20 Jan 2022`, `20 Jan 2022 – 26 Jan 2022`. */
export function formatOccurred(occurred: { start: string; end: string; precision: string }): string {
  const start = formatDay(occurred.start);
  const end = formatDay(occurred.end);
  if (occurred.precision === 'days_2_6' && start !== end) return `${start} – ${end}`;
  return `${PRECISION_PREFIX[occurred.precision] ?? ''}${start}`;
}

/** Best estimate with its range when the sources disagree: `6 (6–7)`; unknown when nobody counted. */
export function formatFatalities(fatalities: { best?: number; low?: number; high?: number }): string {
  const { best, low, high } = fatalities;
  if (best === undefined && low === undefined && high === undefined) return 'unknown';
  const headline = best ?? low ?? high;
  const range = low !== undefined && high !== undefined && low !== high ? ` (${low}–${high})` : '';
  return `${headline}${range}`;
}

/** A field's value in a version diff, short enough for one table cell. */
export function formatValue(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(formatValue).join(', ');
  return JSON.stringify(value);
}
