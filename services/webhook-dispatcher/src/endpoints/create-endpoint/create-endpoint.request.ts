import { Type } from 'class-transformer';
import { IsObject, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { STORABLE_TEXT, STORABLE_TEXT_MESSAGE } from '../../http/request-validation.pipe';
import { MAX_URL_LENGTH } from '../../ssrf/destination-guard';
import { EndpointFilterRequest } from '../endpoint-filter.request';

/** POST /v1/webhooks. */
export class CreateEndpointRequest {
  @IsString()
  @MaxLength(MAX_URL_LENGTH)
  url!: string;

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
}
