import { afterAll, beforeAll } from '@jest/globals';
import { describeReportLogContract, describeWithPostgres, postgresAvailable, testDatabaseUrl } from '@sitrep/testing';
import { createScratchDatabase, type ScratchDatabase } from '../testing/scratch-database';
import { EmbeddedReportLog } from './embedded-report-log';

// The same contract suite the Kafka adapter passes, on the embedded log over real PostgreSQL.
let db: ScratchDatabase | undefined;
let members = 0;

if (postgresAvailable()) {
  beforeAll(async () => {
    db = await createScratchDatabase(testDatabaseUrl());
  });
  afterAll(async () => {
    await db?.drop();
  });
}

describeReportLogContract(
  'embedded (PostgreSQL table)',
  () => {
    if (!db) throw new Error('scratch database not ready');
    members += 1;
    return new EmbeddedReportLog(db.dataSource, { memberId: `contract-${members}`, pollIntervalMs: 10 });
  },
  describeWithPostgres,
);
