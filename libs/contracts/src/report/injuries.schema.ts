import { NotGreaterThan } from '../validation/not-greater-than';
import { OptionalField } from '../validation/optional-field';
import { CasualtyCount } from './casualty-count';
import type { EventAssertion } from './report.types';

type Injuries = NonNullable<EventAssertion['injuries']>;

/** Injured people as a range (Airwars min/max), `min ≤ max` when both are given. */
export class InjuriesSchema implements Injuries {
  @OptionalField()
  @CasualtyCount()
  @NotGreaterThan('max')
  min?: number;

  @OptionalField()
  @CasualtyCount()
  max?: number;
}
