import 'reflect-metadata';
import { Type } from 'class-transformer';
import { IsObject, ValidateNested } from 'class-validator';

/**
 * One nested object validated by its own schema class. `@Type` makes class-transformer build the
 * class so unknown fields are refused at this depth too; `@IsObject` refuses arrays, which
 * `@ValidateNested` alone would walk into.
 */
export function NestedObject(schema: () => new () => object): PropertyDecorator {
  const decorators = [IsObject(), ValidateNested(), Type(schema)];
  return (target, key) => decorators.forEach((decorate) => decorate(target, key as string));
}
