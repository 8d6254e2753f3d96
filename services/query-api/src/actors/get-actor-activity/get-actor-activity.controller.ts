import { Controller, Get, Param, Query, UsePipes } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { queryValidationPipe } from '../../http/query-validation.pipe';
import { GetActorActivityQuery } from './get-actor-activity.query';
import { GetActorActivityRequest } from './get-actor-activity.request';
import { ActorActivityResponse } from './get-actor-activity.response';

@ApiTags('actors')
@Controller('v1/actors')
@UsePipes(queryValidationPipe())
export class GetActorActivityController {
  constructor(private readonly activity: GetActorActivityQuery) {}

  @Get(':id/activity')
  @ApiOperation({
    summary: "An actor's activity",
    description:
      'Incidents and fatalities per period × governorate × event type, the actors it appeared with, first and last seen per governorate, ' +
      'and the current window (ending at `to` or the latest day with activity) against the 30 days before it.',
  })
  @ApiParam({ name: 'id', description: 'Canonical id (ucdp:115), any registered name or alias (Turkish Armed Forces), or name:<folded name>.', example: 'ucdp:115' })
  @ApiOkResponse({ type: ActorActivityResponse })
  @ApiNotFoundResponse({ description: 'Neither in the registry nor in any incident.' })
  @ApiBadRequestResponse({ description: 'A parameter is invalid or unknown, or the name is ambiguous.' })
  get(@Param('id') id: string, @Query() request: GetActorActivityRequest): Promise<ActorActivityResponse> {
    return this.activity.run(id, request);
  }
}
