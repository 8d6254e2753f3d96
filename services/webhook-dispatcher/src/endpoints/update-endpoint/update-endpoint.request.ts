import { Type } from 'class-transformer';
import { IsBoolean, IsObject, IsOptional, IsString, Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import { STORABLE_TEXT, STORABLE_TEXT_MESSAGE } from '../../http/request-validation.pipe';
import { MAX_URL_LENGTH } from '../../ssrf/destination-guard';
import { EndpointFilterRequest } from '../endpoint-filter.request';

/** PATCH /v1/webhooks/:id: what is given changes; `filter` replaces the whole filter ({} clears it). */
export class UpdateEndpointRequest {
  @IsOptional()
  @IsString()
  @MaxLength(MAX_URL_LENGTH)
  url?: string;

  @IsOptional()
  @IsString()
  @MaxLength(500)
  @Matches(STORABLE_TEXT, { message: STORABLE_TEXT_MESSAGE })
  description?: string;

  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => EndpointFilterRequest)
  filter?: EndpointFilterRequest;

  /** true re-enables a disabled endpoint (and forgets its streak of dead deliveries). */
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;

  @IsOptional()
  @IsString()
  @Length(1, 500)
  @Matches(STORABLE_TEXT, { message: STORABLE_TEXT_MESSAGE })
  disabledReason?: string;
}
