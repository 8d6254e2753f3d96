import { NotGreaterThan } from '../validation/not-greater-than';
import { OptionalField } from '../validation/optional-field';
import { CasualtyCount } from './casualty-count';
import type { Fatalities } from './report.types';

/** Deaths as the source estimates them; whichever are given keep `low ≤ best ≤ high`. */
export class FatalitiesSchema implements Fatalities {
  @OptionalField()
  @CasualtyCount()
  @NotGreaterThan('high')
  best?: number;

  @OptionalField()
  @CasualtyCount()
  @NotGreaterThan('best')
  @NotGreaterThan('high')
  low?: number;

  @OptionalField()
  @CasualtyCount()
  high?: number;
}
