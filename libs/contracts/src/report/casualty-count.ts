import { IsInt, Max, Min } from 'class-validator';
import { FIELD_LIMITS } from '../validation/field-limits';

/** A count of people: a whole number from 0 to 1,000,000. */
export function CasualtyCount(): PropertyDecorator {
  const decorators = [IsInt(), Min(0), Max(FIELD_LIMITS.casualties)];
  return (target, key) => decorators.forEach((decorate) => decorate(target, key as string));
}
