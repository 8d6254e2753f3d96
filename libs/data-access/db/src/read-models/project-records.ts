import type { ReportRecorded } from '@sitrep/contracts';
import { applyReport, type Incident, type IncidentChange } from '@sitrep/domain-incidents';
import { IncidentWorkingSet } from './incident-working-set';
import type { PoisonedRecord } from './projection-batch';

export interface ProjectedRecords {
  /** Every change, in log order (an incident changed by three records appears three times). */
  steps: IncidentChange[];
  /** Records `applyReport` threw on: a bug, not an expected situation (those come back as notices). */
  poisoned: PoisonedRecord[];
  applied: number;
}

/**
 * Applies parsed records of one partition in order over the incidents loaded for them, keeping a
 * working set so each record sees what the earlier ones changed. Pure: the store loads before and
 * writes after.
 */
export function projectRecords(loaded: Incident[], records: Array<{ offset: string; record: ReportRecorded }>, partition: number): ProjectedRecords {
  const working = new IncidentWorkingSet(loaded);
  const steps: IncidentChange[] = [];
  const poisoned: PoisonedRecord[] = [];
  for (const { offset, record } of records) {
    let changes: IncidentChange[];
    try {
      changes = applyReport(working.contextFor(record), record, { partition, offset }).changes;
    } catch (error) {
      poisoned.push({ offset, reason: `applyReport failed: ${error instanceof Error ? error.message : String(error)}` });
      continue;
    }
    for (const change of changes) working.put(change.after);
    steps.push(...changes);
  }
  return { steps, poisoned, applied: records.length - poisoned.length };
}

/** Per incident, its state before the first step and after the last, in order of first touch. */
export function netChanges(steps: IncidentChange[]): IncidentChange[] {
  const net = new Map<string, IncidentChange>();
  for (const { before, after } of steps) {
    const first = net.get(after.incidentId);
    net.set(after.incidentId, { before: first === undefined ? before : first.before, after });
  }
  return [...net.values()];
}
