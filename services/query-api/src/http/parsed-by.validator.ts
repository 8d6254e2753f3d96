import { ValidateBy, type ValidationOptions } from 'class-validator';
import type { Parsed } from './parsed';

/**
 * Valid when `parse` accepts the string; the message is the parser's own reason, so the DTO and the
 * code that later uses the value agree on one definition of "valid".
 */
export function ParsedBy(parse: (text: string) => Parsed<unknown>, options?: ValidationOptions): PropertyDecorator {
  const reasonFor = (value: unknown) => (typeof value === 'string' ? parse(value) : ({ ok: false, reason: 'must be given once, as text' } as const));
  return ValidateBy(
    {
      name: 'parsedBy',
      validator: {
        validate: (value: unknown) => reasonFor(value).ok,
        defaultMessage: (args) => {
          const result = reasonFor(args?.value);
          return `${args?.property}: ${result.ok ? 'is invalid' : result.reason}`;
        },
      },
    },
    options,
  );
}
