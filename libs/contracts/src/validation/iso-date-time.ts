/**
 * The contract's dates: an ISO 8601 calendar date (`2022-01-20`) or a date-time with seconds
 * optional, fraction optional and a mandatory zone (`2022-01-20T14:05:00Z`, `…+03:00`). A
 * date-time without a zone is refused: its instant would depend on the machine reading it.
 */
const ISO_DATE_OR_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|([+-])(\d{2}):(\d{2})))?$/;

export interface IsoDateParts {
  /** The calendar day as the source wrote it (its local day), `YYYY-MM-DD`. */
  day: string;
  hasTime: boolean;
  /** Epoch milliseconds; for a date alone, midnight UTC of that day. */
  instant: number;
}

export function parseIsoDateOrDateTime(value: string): IsoDateParts | null {
  const match = ISO_DATE_OR_DATE_TIME.exec(value);
  if (!match) return null;
  const [, year, month, day, hour, minute, second, , offsetHour, offsetMinute] = match.map((part) => part ?? '');
  if (!isCalendarDay(Number(year), Number(month), Number(day))) return null;
  const hasTime = hour !== '';
  if (hasTime && !isClockTime(Number(hour), Number(minute), second === '' ? 0 : Number(second))) return null;
  if (offsetHour !== '' && (Number(offsetHour) > 14 || Number(offsetMinute) > 59)) return null;
  const instant = Date.parse(hasTime ? value : `${value}T00:00:00Z`);
  if (Number.isNaN(instant)) return null;
  return { day: value.slice(0, 10), hasTime, instant };
}

/** Days per month in a leap year; a table, not a Date, because every date of every report comes here. */
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isCalendarDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = DAYS_IN_MONTH[month - 1] as number;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && !leap ? 28 : daysInMonth);
}

function isClockTime(hour: number, minute: number, second: number): boolean {
  return hour <= 23 && minute <= 59 && second <= 59;
}

/**
 * `later` is not before `earlier`. Two date-times compare as instants; as soon as one side is a
 * date alone the comparison is by the day as written, so `start 2022-01-20T10:00Z, end 2022-01-20`
 * is a valid one-day span rather than an end before its start.
 */
export function isNotBefore(later: IsoDateParts, earlier: IsoDateParts): boolean {
  if (later.hasTime && earlier.hasTime) return later.instant >= earlier.instant;
  return later.day >= earlier.day;
}
