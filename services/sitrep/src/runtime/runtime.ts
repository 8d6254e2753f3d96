import type { ReportLog } from '@sitrep/contracts';
import type { Database } from '@sitrep/db';
import type { ReadinessProbe } from '@sitrep/platform';

/**
 * What a process runs on: a database and a log, started before Nest boots and stopped after Nest
 * has drained (so in-flight batches commit before the database goes away).
 */
export interface Runtime {
  mode: 'embedded' | 'scaled';
  database: Database;
  log: ReportLog;
  probes: ReadinessProbe[];
  stop(): Promise<void>;
}
