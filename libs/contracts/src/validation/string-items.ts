import { ValidateBy, type ValidationArguments } from 'class-validator';
import type { StringBounds } from './bounded-string';
import { isStorableText } from './storable-text';

/**
 * Every item of an array is a bounded, storable string. class-validator's `each` option cannot say
 * which item failed, so this reports the offending indexes in its reason.
 */
export function StringItems(bounds: StringBounds): PropertyDecorator {
  return ValidateBy({
    name: 'stringItems',
    constraints: [bounds],
    validator: {
      validate: (value: unknown) => badIndexes(value, bounds).length === 0,
      defaultMessage: (args?: ValidationArguments) =>
        `items [${badIndexes(args?.value, bounds).join(', ')}] of $property must be strings of ${bounds.min} to ${bounds.max} characters without U+0000 or unpaired surrogates`,
    },
  });
}

function badIndexes(value: unknown, { min, max }: StringBounds): number[] {
  if (!Array.isArray(value)) return [];
  const bad: number[] = [];
  value.forEach((item: unknown, index) => {
    const fits = typeof item === 'string' && item.length >= min && item.length <= max && isStorableText(item);
    if (!fits) bad.push(index);
  });
  return bad;
}
