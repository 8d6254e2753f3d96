import type { ReportSubmission } from '@sitrep/contracts';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { ReportGenerator, type GeneratorOptions } from './generate-reports';

/** Streams `count` generated reports into a file, `lineOf` deciding each line (or group of lines). */
export async function writeReports(file: string, count: number, options: GeneratorOptions, groupSize: number, lineOf: (group: ReportSubmission[]) => string): Promise<void> {
  const generator = new ReportGenerator({ expectedCount: count, ...options });
  const out = createWriteStream(file);
  for (let done = 0; done < count; done += groupSize) {
    const group = generator.take(Math.min(groupSize, count - done));
    if (!out.write(`${lineOf(group)}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

/** Reports as single-request bodies: one JSON object per line. */
export const singleLines = (group: ReportSubmission[]) => JSON.stringify(group[0]);

/** Reports as /batch bodies: one JSON array per line. */
export const batchLines = (group: ReportSubmission[]) => JSON.stringify(group);

/**
 * Reports as kcat input (`key<TAB>value`): keyed by the native record they describe, so a
 * correction lands in the partition of the report it corrects, as a sane pipeline would key them.
 */
export const keyedLines = (group: ReportSubmission[]) => {
  const report = group[0];
  const key = (report.supersedes?.[0] ?? report.nativeId).replace(/(-(rev|retract)\d+)+$/, '');
  return `${key}\t${JSON.stringify(report)}`;
};
