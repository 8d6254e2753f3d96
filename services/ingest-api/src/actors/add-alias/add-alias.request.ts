import { FIELD_LIMITS } from '@sitrep/contracts';
import { IsString, Length, Matches } from 'class-validator';
import { STORABLE_TEXT, STORABLE_TEXT_MESSAGE } from '../request-validation.pipe';

/** POST /v1/actors/:id/aliases: another name sources use for a known actor. */
export class AddAliasRequest {
  @IsString()
  @Length(1, FIELD_LIMITS.name)
  @Matches(STORABLE_TEXT, { message: STORABLE_TEXT_MESSAGE })
  alias!: string;
}
