import { Controller, Get, Inject } from '@nestjs/common';
import { REPORT_LOG, type ReportLog } from '@sitrep/contracts';
import { IncidentProjectionStore, ProjectionOwnerStore, ReadModelCatalog } from '@sitrep/db';
import { PROCESSOR_SETTINGS, type ProcessorSettings } from '../../processor-settings';
import { partitionRows, type PartitionsSummary } from './partition-rows';

export interface PartitionsResponse extends PartitionsSummary {
  topic: string;
  groupId: string;
  liveSchema: string;
}

/**
 * Who projects which partition of the log of record, how far the live read model is, how far
 * behind, and what the consumer group committed (admin scope, like everything under /v1/admin).
 * Read from the log and the database, so any processor instance answers for all of them.
 */
@Controller('v1/admin/partitions')
export class ListPartitionsController {
  constructor(
    @Inject(REPORT_LOG) private readonly log: ReportLog,
    private readonly store: IncidentProjectionStore,
    private readonly catalog: ReadModelCatalog,
    private readonly owners: ProjectionOwnerStore,
    @Inject(PROCESSOR_SETTINGS) private readonly settings: ProcessorSettings,
  ) {}

  @Get()
  async list(): Promise<PartitionsResponse> {
    const { topic, groupId } = this.settings;
    // End offsets first: a position read after them can only be closer, never report negative lag.
    const ends = await this.log.endOffsets(topic);
    const liveSchema = await this.catalog.liveSchema();
    const [stored, committed, owners] = await Promise.all([
      this.store.storedPositions(liveSchema, topic, [...ends.keys()]),
      this.log.committedOffsets(topic, groupId),
      this.owners.owners(groupId, topic),
    ]);
    return { topic, groupId, liveSchema, ...partitionRows(ends, stored, committed, owners) };
  }
}
