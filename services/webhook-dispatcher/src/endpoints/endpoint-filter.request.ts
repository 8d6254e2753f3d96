import { SEVERITIES, type EndpointFilter, type Severity } from '@sitrep/db';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { STORABLE_TEXT, STORABLE_TEXT_MESSAGE } from '../http/request-validation.pipe';

/** Which notifications an endpoint receives; leave a part out to receive everything on it. */
export class EndpointFilterRequest {
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1, { message: 'ruleIds must list at least one rule id (leave it out to receive every rule)' })
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  @Matches(STORABLE_TEXT, { each: true, message: STORABLE_TEXT_MESSAGE })
  ruleIds?: string[];

  @IsOptional()
  @IsIn(SEVERITIES, { message: `minSeverity must be one of: ${SEVERITIES.join(', ')}` })
  minSeverity?: Severity;
}

export function toEndpointFilter(request: EndpointFilterRequest | undefined): EndpointFilter {
  if (!request) return {};
  return { ...(request.ruleIds ? { ruleIds: [...new Set(request.ruleIds)] } : {}), ...(request.minSeverity ? { minSeverity: request.minSeverity } : {}) };
}
