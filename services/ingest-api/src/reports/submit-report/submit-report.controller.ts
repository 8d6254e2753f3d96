import { BadRequestException, Body, Controller, Headers, HttpCode, Post, UseFilters } from '@nestjs/common';
import { RecordReportsService } from '../record-reports/record-reports.service';
import { IngestExceptionFilter } from './ingest-exception.filter';
import { parseBatchBody } from './parse-batch-body';
import { toBatchResponse, toSingleResponse } from './submit-report.response';

@Controller('v1/reports')
@UseFilters(IngestExceptionFilter)
export class SubmitReportController {
  constructor(private readonly reports: RecordReportsService) {}

  /** One report → 202 { reportId, status, position }; 400 with every field path; 503 + Retry-After. */
  @Post()
  @HttpCode(202)
  async submit(@Body() body: unknown) {
    const [outcome] = await this.reports.record([body]);
    return toSingleResponse(outcome);
  }

  /** A JSON array or NDJSON of reports → 202 with a result per item; rejected items are not appended. */
  @Post('batch')
  @HttpCode(202)
  async submitBatch(@Body() body: unknown, @Headers('content-type') contentType?: string) {
    const parsed = parseBatchBody(body, contentType);
    if (!parsed.ok) throw new BadRequestException({ statusCode: 400, error: 'Bad Request', message: parsed.reason });
    const values = parsed.items.map((item) => (item.ok ? item.value : undefined));
    const outcomes = await this.reports.record(values);
    return toBatchResponse(parsed.items, outcomes);
  }
}
