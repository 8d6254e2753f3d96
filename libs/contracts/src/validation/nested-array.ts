import 'reflect-metadata';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, ValidateBy, ValidateNested, type ValidationArguments } from 'class-validator';

/**
 * A bounded array of objects, each validated by its schema class. `@ValidateNested` reports an item
 * that is a primitive at its index, but walks into an item that is itself an array (`[[{…}]]`) and
 * would accept it; ArrayItemsAreNotArrays refuses those.
 */
export function NestedArray(schema: () => new () => object, maxItems: number): PropertyDecorator {
  const decorators = [
    IsArray(),
    ArrayMaxSize(maxItems, { message: `$property must contain at most ${maxItems} items` }),
    ArrayItemsAreNotArrays(),
    ValidateNested({ each: true, message: 'each item of $property must be an object' }),
    Type(schema),
  ];
  return (target, key) => decorators.forEach((decorate) => decorate(target, key as string));
}

function ArrayItemsAreNotArrays(): PropertyDecorator {
  return ValidateBy({
    name: 'arrayItemsAreNotArrays',
    validator: {
      validate: (value: unknown) => arrayItemIndexes(value).length === 0,
      defaultMessage: (args?: ValidationArguments) => `items [${arrayItemIndexes(args?.value).join(', ')}] of $property must be objects, not arrays`,
    },
  });
}

function arrayItemIndexes(value: unknown): number[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown, index) => (Array.isArray(item) ? [index] : []));
}
