import { Controller, Get, Query, UsePipes } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { queryValidationPipe } from '../../http/query-validation.pipe';
import { SearchActorsQuery } from './search-actors.query';
import { SearchActorsRequest } from './search-actors.request';
import { SearchActorsResponse } from './search-actors.response';

@ApiTags('actors')
@Controller('v1/actors')
@UsePipes(queryValidationPipe())
export class SearchActorsController {
  constructor(private readonly actors: SearchActorsQuery) {}

  @Get()
  @ApiOperation({
    summary: 'Find actors by name or alias',
    description: 'Registry actors with their canonical id, aliases and parent, and how many active incidents each took part in; then actors seen in reports that the registry does not know.',
  })
  @ApiOkResponse({ type: SearchActorsResponse })
  @ApiBadRequestResponse({ description: 'A parameter is invalid or unknown.' })
  search(@Query() request: SearchActorsRequest): Promise<SearchActorsResponse> {
    return this.actors.run(request);
  }
}
