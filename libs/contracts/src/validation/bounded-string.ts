import { IsString, ValidateBy } from 'class-validator';
import { isStorableText } from './storable-text';

/** Lengths count UTF-16 code units (`string.length`), the unit JavaScript and the limits share. */
export interface StringBounds {
  /** Identifiers and required names must not be empty; free text may be. */
  min: number;
  max: number;
}

/** A string within bounds that PostgreSQL and UTF-8 can carry unchanged. */
export function BoundedString(bounds: StringBounds): PropertyDecorator {
  const decorators = [IsString(), HasLengthWithin(bounds), IsStorableText()];
  return (target, key) => decorators.forEach((decorate) => decorate(target, key));
}

function HasLengthWithin({ min, max }: StringBounds): PropertyDecorator {
  return ValidateBy({
    name: 'lengthWithin',
    constraints: [min, max],
    validator: {
      validate: (value: unknown) => typeof value !== 'string' || (value.length >= min && value.length <= max),
      defaultMessage: () =>
        min === 1 ? `$property must be a non-empty string of at most ${max} characters` : `$property must be at most ${max} characters long`,
    },
  });
}

function IsStorableText(): PropertyDecorator {
  return ValidateBy({
    name: 'storableText',
    validator: {
      validate: (value: unknown) => typeof value !== 'string' || isStorableText(value),
      defaultMessage: () => '$property must not contain U+0000 or unpaired surrogates',
    },
  });
}
