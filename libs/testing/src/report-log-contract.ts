import { afterEach, describe } from '@jest/globals';
import type { ReportLog } from '@sitrep/contracts';
import { deliveryCases } from './report-log-contract-delivery';
import { groupCases } from './report-log-contract-group';
import { ContractContext } from './report-log-contract-harness';
import { recoveryCases } from './report-log-contract-recovery';

/**
 * The behaviour every ReportLog adapter (Kafka, embedded PostgreSQL) must show, run against the
 * real thing. Each test uses fresh topics (three partitions) and groups, so tests and repeated
 * runs never see each other's records. `makeLog` returns a new, independent instance per call:
 * some tests need two at once, or replace a "crashed" one.
 */
export function describeReportLogContract(
  name: string,
  makeLog: () => ReportLog | Promise<ReportLog>,
  describeFn: typeof describe = describe,
): void {
  describeFn(`ReportLog contract: ${name}`, () => {
    let context = new ContractContext(makeLog);
    const ctx = () => context;

    afterEach(async () => {
      const finished = context;
      context = new ContractContext(makeLog);
      await finished.closeAll();
    });

    deliveryCases(ctx);
    recoveryCases(ctx);
    groupCases(ctx);
  });
}
