/** One record that did not make it, for the summary: every reason it was refused for. */
export interface Failure {
  label: string;
  reasons: string[];
}

/** Running counts of an import; `read` counts every record, mapped or not. */
export interface ImportTally {
  read: number;
  appended: number;
  duplicate: number;
  rejected: Failure[];
  unmapped: Failure[];
}

export const emptyTally = (): ImportTally => ({ read: 0, appended: 0, duplicate: 0, rejected: [], unmapped: [] });

/** Nothing failed to map and nothing was rejected: the import is complete. */
export const importSucceeded = (tally: ImportTally): boolean => tally.rejected.length === 0 && tally.unmapped.length === 0;

export interface SummaryOptions {
  title: string;
  /** How many reasons to list per kind of failure, most frequent first. */
  maxReasons: number;
  /** How many records to name per reason. */
  maxExamples: number;
}

/** The importers prefix their reasons with the record ("acled SYR123: …"); grouping ignores that. */
const RECORD_PREFIX = /^(airwars incident|acled|ucdp) \S+: /;

export function formatSummary(tally: ImportTally, options: SummaryOptions): string {
  const rows: Array<[string, number]> = [
    ['read', tally.read],
    ['appended', tally.appended],
    ['duplicate', tally.duplicate],
    ['rejected', tally.rejected.length],
    ['mapping failures', tally.unmapped.length],
  ];
  return [
    options.title,
    ...rows.map(([name, count]) => `  ${`${name}:`.padEnd(18)}${String(count).padStart(8)}`),
    ...reasons('rejected by Sitrep', tally.rejected, options),
    ...reasons('could not be mapped', tally.unmapped, options),
  ].join('\n');
}

function reasons(heading: string, failures: Failure[], options: SummaryOptions): string[] {
  if (failures.length === 0) return [];
  const groups = new Map<string, string[]>();
  for (const { label, reasons: all } of failures) {
    for (const reason of all) {
      const key = reason.replace(RECORD_PREFIX, '').replace(/\s+/g, ' ');
      groups.set(key, [...(groups.get(key) ?? []), label]);
    }
  }
  const sorted = [...groups].sort((a, b) => b[1].length - a[1].length);
  const lines = sorted.slice(0, options.maxReasons).map(([reason, labels]) => {
    const examples = labels.slice(0, options.maxExamples).join(', ') + (labels.length > options.maxExamples ? ', …' : '');
    return `  ${String(labels.length).padStart(6)} × ${reason}  (${examples})`;
  });
  const more = sorted.length > options.maxReasons ? [`  … and ${sorted.length - options.maxReasons} more reasons`] : [];
  return [`${heading} (${failures.length}), by reason:`, ...lines, ...more];
}
