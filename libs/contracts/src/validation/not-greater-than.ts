import { ValidateBy, type ValidationArguments } from 'class-validator';

/**
 * This number is not greater than the sibling `other` (e.g. fatalities `low ≤ best ≤ high`).
 * Holds whenever either side is not a number: the type rules report those.
 */
export function NotGreaterThan(other: string): PropertyDecorator {
  return ValidateBy({
    name: `notGreaterThan:${other}`,
    constraints: [other],
    validator: {
      validate: (value: unknown, args?: ValidationArguments) => {
        const bound = (args?.object as Record<string, unknown> | undefined)?.[other];
        return typeof value !== 'number' || typeof bound !== 'number' || value <= bound;
      },
      defaultMessage: () => `$property must not be greater than ${other}`,
    },
  });
}
