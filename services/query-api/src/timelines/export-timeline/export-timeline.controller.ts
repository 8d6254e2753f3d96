import { Controller, Get, Query, Res, UsePipes } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import { TimelineStore } from '@sitrep/db';
import type { Response } from 'express';
import { queryValidationPipe } from '../../http/query-validation.pipe';
import { TimelineFilterResolver } from '../timeline-filter/timeline-filter.resolver';
import { csvFormat, geojsonFormat, ndjsonFormat, type ExportFormat } from './export-formats';
import { ExportCsvRequest, ExportTimelineRequest, MAX_EXPORT } from './export-timeline.request';
import { writeExport } from './write-export';

const SAME_FILTERS = 'Same filters, order and asOf as GET /v1/timeline; no paging: the whole answer streams, up to `limit` (at most 100,000) incidents.';

@ApiTags('exports')
@Controller('v1')
@UsePipes(queryValidationPipe())
export class ExportTimelineController {
  constructor(
    private readonly timelines: TimelineStore,
    private readonly filters: TimelineFilterResolver,
  ) {}

  @Get('timeline.csv')
  @ApiOperation({ summary: 'Timeline as CSV (RFC 4180, UTF-8, header row)', description: `${SAME_FILTERS} Lists are joined with "; ".` })
  @ApiProduces('text/csv')
  @ApiResponse({ status: 200, description: 'CSV, streamed.' })
  @ApiBadRequestResponse({ description: 'A parameter is invalid or unknown.' })
  csv(@Query() request: ExportCsvRequest, @Res() res: Response): Promise<void> {
    return this.export(request, res, csvFormat(request.bom === 'true'));
  }

  @Get('timeline.geojson')
  @ApiOperation({
    summary: 'Timeline as a GeoJSON FeatureCollection',
    description: `${SAME_FILTERS} Incidents without a point are left out and counted in the foreign member \`skipped\`.`,
  })
  @ApiProduces('application/geo+json')
  @ApiResponse({ status: 200, description: 'GeoJSON, streamed.' })
  @ApiBadRequestResponse({ description: 'A parameter is invalid or unknown.' })
  geojson(@Query() request: ExportTimelineRequest, @Res() res: Response): Promise<void> {
    return this.export(request, res, geojsonFormat());
  }

  @Get('timeline.ndjson')
  @ApiOperation({ summary: 'Timeline as NDJSON', description: `${SAME_FILTERS} One incident summary (as in the JSON timeline) per line.` })
  @ApiProduces('application/x-ndjson')
  @ApiResponse({ status: 200, description: 'NDJSON, streamed.' })
  @ApiBadRequestResponse({ description: 'A parameter is invalid or unknown.' })
  ndjson(@Query() request: ExportTimelineRequest, @Res() res: Response): Promise<void> {
    return this.export(request, res, ndjsonFormat());
  }

  private export(request: ExportTimelineRequest, res: Response, format: ExportFormat): Promise<void> {
    const filter = this.filters.resolve(request);
    const batches = this.timelines.batches({ filter, order: request.order ?? 'occurred_desc' }, request.limit ?? MAX_EXPORT);
    return writeExport(res, batches, format);
  }
}
