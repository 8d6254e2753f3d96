import { Controller, Get, Query, UsePipes } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { queryValidationPipe } from '../../http/query-validation.pipe';
import { ListAdmin1Query } from './list-admin1.query';
import { ListAdmin1Response } from './list-admin1.response';

/** No parameters: the class makes the validation pipe refuse any. */
class ListAdmin1Request {}

@ApiTags('places')
@Controller('v1/places/admin1')
@UsePipes(queryValidationPipe())
export class ListAdmin1Controller {
  constructor(private readonly governorates: ListAdmin1Query) {}

  @Get()
  @ApiOperation({ summary: "Syria's governorates", description: 'Each with its ISO 3166-2 id, English and Arabic name, active incidents, fatalities and latest incident date.' })
  @ApiOkResponse({ type: ListAdmin1Response })
  @ApiBadRequestResponse({ description: 'Unknown parameters.' })
  list(@Query() _request: ListAdmin1Request): Promise<ListAdmin1Response> {
    return this.governorates.run();
  }
}
