import { parsed, refused, type Parsed } from '../../http/parsed';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})?$/;

/**
 * An ISO date or date-time as an instant PostgreSQL reads exactly. A bare date stands for its
 * whole UTC day: its first microsecond as a lower bound (`start`), its last as an upper bound
 * (`end`), so `to=2022-01-21` and `asOf=2022-01-21` include the 21st. A date-time without an
 * offset is taken as UTC.
 */
export function parseInstant(text: string, edge: 'start' | 'end'): Parsed<string> {
  const date = DATE.exec(text);
  if (date !== null) {
    if (!isCalendarDate(text)) return refused(`${text} is not a calendar date`);
    return parsed(edge === 'start' ? `${text}T00:00:00.000000Z` : `${text}T23:59:59.999999Z`);
  }
  const dateTime = DATE_TIME.exec(text);
  if (dateTime === null) return refused('must be an ISO 8601 date (2022-01-21) or date-time (2022-01-21T14:30:00Z)');
  const [, day, hours, minutes, seconds = '00', zone] = dateTime;
  if (!isCalendarDate(day) || Number(hours) > 23 || Number(minutes) > 59 || Number(seconds) > 59) {
    return refused(`${text} is not a valid date-time`);
  }
  return parsed(zone === undefined ? `${text}Z` : text);
}

/** A YYYY-MM-DD calendar day (no 30 February), for day-granular parameters. */
export function parseDay(text: string): Parsed<string> {
  if (!DATE.test(text)) return refused('must be an ISO 8601 date, e.g. 2022-01-21');
  return isCalendarDate(text) ? parsed(text) : refused(`${text} is not a calendar date`);
}

function isCalendarDate(day: string): boolean {
  const [year, month, date] = day.split('-').map(Number);
  const utc = new Date(Date.UTC(year, month - 1, date));
  return utc.getUTCFullYear() === year && utc.getUTCMonth() === month - 1 && utc.getUTCDate() === date && year >= 1;
}

export const parseStart = (text: string) => parseInstant(text, 'start');
export const parseEnd = (text: string) => parseInstant(text, 'end');
