import { Controller, Get, Param, Query, UsePipes } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { queryValidationPipe } from '../../http/query-validation.pipe';
import { AsOfRequest } from '../../timelines/timeline-filter/timeline-filter.request';
import { GetIncidentQuery } from './get-incident.query';
import { IncidentDetailResponse } from './incident-detail.response';

@ApiTags('incidents')
@Controller('v1/incidents')
@UsePipes(queryValidationPipe())
export class GetIncidentController {
  constructor(private readonly incident: GetIncidentQuery) {}

  @Get(':id')
  @ApiOperation({
    summary: 'One incident in full',
    description: 'Every report behind it (with state, sources and Admiralty grades), its version history with what changed, and the duplicates merged into it.',
  })
  @ApiParam({ name: 'id', description: 'Incident id, e.g. inc-01HQ…' })
  @ApiOkResponse({ type: IncidentDetailResponse })
  @ApiNotFoundResponse({ description: 'No such incident (or none known yet at asOf).' })
  @ApiBadRequestResponse({ description: 'A parameter is invalid or unknown.' })
  get(@Param('id') id: string, @Query() request: AsOfRequest): Promise<IncidentDetailResponse> {
    return this.incident.run(id, request);
  }
}
