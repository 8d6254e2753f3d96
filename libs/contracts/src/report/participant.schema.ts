import { IsIn } from 'class-validator';
import { BoundedString } from '../validation/bounded-string';
import { STRING_BOUNDS } from '../validation/field-limits';
import { OptionalField } from '../validation/optional-field';
import { PARTICIPANT_ROLES, type Participant, type ParticipantRole } from './report.types';

/** An actor as the source named it; the canonical actor id is ingest's addition. */
export class ParticipantSchema implements Participant {
  @IsIn(PARTICIPANT_ROLES)
  role!: ParticipantRole;

  @BoundedString(STRING_BOUNDS.name)
  nameAsReported!: string;

  @OptionalField()
  @BoundedString(STRING_BOUNDS.id)
  actorId?: string;
}
