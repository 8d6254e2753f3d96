import { ValidateBy, type ValidationArguments } from 'class-validator';
import { isNotBefore, parseIsoDateOrDateTime } from './iso-date-time';

/** This date is not before the sibling date `other` (occurred `end ≥ start`); see isNotBefore. */
export function NotBeforeDate(other: string): PropertyDecorator {
  return ValidateBy({
    name: 'notBeforeDate',
    constraints: [other],
    validator: {
      validate: (value: unknown, args?: ValidationArguments) => {
        const bound = (args?.object as Record<string, unknown> | undefined)?.[other];
        if (typeof value !== 'string' || typeof bound !== 'string') return true;
        const later = parseIsoDateOrDateTime(value);
        const earlier = parseIsoDateOrDateTime(bound);
        return later === null || earlier === null || isNotBefore(later, earlier);
      },
      defaultMessage: () => `$property must not be before ${other}`,
    },
  });
}
