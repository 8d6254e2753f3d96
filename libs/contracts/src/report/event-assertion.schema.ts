import { IsBoolean } from 'class-validator';
import { BoundedString } from '../validation/bounded-string';
import { FIELD_LIMITS, STRING_BOUNDS } from '../validation/field-limits';
import { NestedArray } from '../validation/nested-array';
import { NestedObject } from '../validation/nested-object';
import { OptionalField } from '../validation/optional-field';
import { ClassificationSchema } from './classification.schema';
import { FatalitiesSchema } from './fatalities.schema';
import { InjuriesSchema } from './injuries.schema';
import { NotesSchema } from './notes.schema';
import { OccurredSchema } from './occurred.schema';
import { ParticipantSchema } from './participant.schema';
import { PlaceSchema } from './place.schema';
import type { EventAssertion } from './report.types';

/** What one report claims happened: when, where, what, who, and how many were hurt. */
export class EventAssertionSchema implements EventAssertion {
  @NestedObject(() => OccurredSchema)
  occurred!: OccurredSchema;

  @NestedObject(() => PlaceSchema)
  location!: PlaceSchema;

  @NestedObject(() => ClassificationSchema)
  classification!: ClassificationSchema;

  @NestedArray(() => ParticipantSchema, FIELD_LIMITS.participants)
  participants!: ParticipantSchema[];

  @OptionalField()
  @NestedObject(() => FatalitiesSchema)
  fatalities?: FatalitiesSchema;

  @OptionalField()
  @NestedObject(() => InjuriesSchema)
  injuries?: InjuriesSchema;

  @OptionalField()
  @IsBoolean()
  civilianTargeting?: boolean;

  @OptionalField()
  @BoundedString(STRING_BOUNDS.name)
  assessment?: string;

  @OptionalField()
  @NestedObject(() => NotesSchema)
  notes?: NotesSchema;
}
