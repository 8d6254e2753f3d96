import { Controller, Get, Query, UsePipes } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { queryValidationPipe } from '../../http/query-validation.pipe';
import { GetTimelineQuery } from './get-timeline.query';
import { GetTimelineRequest } from './get-timeline.request';
import { TimelineResponse } from './timeline.response';

@ApiTags('timeline')
@Controller('v1/timeline')
@UsePipes(queryValidationPipe())
export class GetTimelineController {
  constructor(private readonly timeline: GetTimelineQuery) {}

  @Get()
  @ApiOperation({
    summary: 'Incidents in time order, filtered, paged by cursor',
    description: 'Active incidents by default. Cursor pages never repeat or skip an incident that existed throughout, even while new ones arrive.',
  })
  @ApiOkResponse({ type: TimelineResponse })
  @ApiBadRequestResponse({ description: 'A parameter is invalid or unknown: `issues` names each one and why.' })
  get(@Query() request: GetTimelineRequest): Promise<TimelineResponse> {
    return this.timeline.run(request);
  }
}
