import { ValidateBy } from 'class-validator';
import { parseIsoDateOrDateTime } from './iso-date-time';

/** An ISO 8601 date or zoned date-time (see iso-date-time.ts); `timeRequired` for our own clocks. */
export function IsIsoDateOrDateTime(options: { timeRequired?: boolean } = {}): PropertyDecorator {
  const timeRequired = options.timeRequired ?? false;
  return ValidateBy({
    name: 'isoDateOrDateTime',
    constraints: [timeRequired],
    validator: {
      validate: (value: unknown) => {
        const parsed = typeof value === 'string' ? parseIsoDateOrDateTime(value) : null;
        return parsed !== null && (parsed.hasTime || !timeRequired);
      },
      defaultMessage: () =>
        timeRequired
          ? '$property must be an ISO 8601 date-time with a zone, e.g. 2022-01-20T14:05:00Z'
          : '$property must be an ISO 8601 date (2022-01-20) or date-time with a zone (2022-01-20T14:05:00Z)',
    },
  });
}
