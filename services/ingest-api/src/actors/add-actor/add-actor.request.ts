import { FIELD_LIMITS } from '@sitrep/contracts';
import type { ActorKind } from '@sitrep/domain-places';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { STORABLE_TEXT, STORABLE_TEXT_MESSAGE } from '../request-validation.pipe';

const ACTOR_KINDS = ['state', 'non_state', 'coalition', 'other'] as const satisfies readonly ActorKind[];
export const MAX_ALIASES = 100;

/** POST /v1/actors: an actor the reference data lacks, as an analyst names it. */
export class AddActorRequest {
  @IsString()
  @Length(1, FIELD_LIMITS.name)
  @Matches(STORABLE_TEXT, { message: STORABLE_TEXT_MESSAGE })
  name!: string;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_ALIASES)
  @IsString({ each: true })
  @Length(1, FIELD_LIMITS.name, { each: true })
  @Matches(STORABLE_TEXT, { each: true, message: STORABLE_TEXT_MESSAGE })
  aliases?: string[];

  @IsOptional()
  @IsIn(ACTOR_KINDS, { message: `kind must be one of: ${ACTOR_KINDS.join(', ')}` })
  kind?: ActorKind;

  /** The group it belongs to or fights within (an id from the registry). */
  @IsOptional()
  @IsString()
  @Length(1, FIELD_LIMITS.id)
  @Matches(STORABLE_TEXT, { message: STORABLE_TEXT_MESSAGE })
  parentId?: string;
}
