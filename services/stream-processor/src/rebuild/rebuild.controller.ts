import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { RebuildService, type RebuildStatus } from './rebuild.service';

/** Operators' handle on online rebuilds (admin scope, like everything under /v1/admin). */
@Controller('v1/admin/rebuild')
export class RebuildController {
  constructor(private readonly rebuilds: RebuildService) {}

  /** Live and building schema, phase, per-partition progress, last switch. */
  @Get()
  status(): Promise<RebuildStatus> {
    return this.rebuilds.status();
  }

  /** Starts a rebuild from offset 0 into a new schema (or joins the one running) → 202 + status. */
  @Post()
  @HttpCode(202)
  start(): Promise<RebuildStatus> {
    return this.rebuilds.start();
  }
}
