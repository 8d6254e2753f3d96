import { Controller, Get, NotFoundException, Param, Query, UsePipes } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { queryValidationPipe } from '../../http/query-validation.pipe';
import { resolveAdmin1 } from '../../reference-data/resolve-names';
import { GetTimelineQuery } from '../../timelines/get-timeline/get-timeline.query';
import { TimelineResponse } from '../../timelines/get-timeline/timeline.response';
import { GetAdmin1TimelineRequest } from './get-admin1-timeline.request';

@ApiTags('places')
@Controller('v1/places/admin1')
@UsePipes(queryValidationPipe())
export class GetAdmin1TimelineController {
  constructor(private readonly timeline: GetTimelineQuery) {}

  @Get(':id/timeline')
  @ApiOperation({ summary: "A governorate's timeline", description: 'GET /v1/timeline with admin1 set from the path; every other timeline parameter applies.' })
  @ApiParam({ name: 'id', description: 'ISO 3166-2 id (SY-HA) or any spelling of the governorate.', example: 'SY-HA' })
  @ApiOkResponse({ type: TimelineResponse })
  @ApiNotFoundResponse({ description: 'Not a governorate we know.' })
  @ApiBadRequestResponse({ description: 'A parameter is invalid or unknown (admin1 included: it comes from the path).' })
  get(@Param('id') id: string, @Query() request: GetAdmin1TimelineRequest): Promise<TimelineResponse> {
    const governorate = resolveAdmin1(id);
    if (!governorate.ok) throw new NotFoundException({ statusCode: 404, error: 'Not Found', message: `no governorate ${id}` });
    return this.timeline.run({ ...request, admin1: governorate.value.id });
  }
}
