import { Presets, SingleBar } from 'cli-progress';
import type { ImportTally } from './import-tally';

export interface ImportProgress {
  update(progress: number, tally: ImportTally): void;
  stop(): void;
}

const counts = (t: ImportTally) => ({ read: t.read, appended: t.appended, duplicate: t.duplicate, rejected: t.rejected.length, unmapped: t.unmapped.length });

/**
 * A bar on a terminal; in a pipe or a log (CI, a test, `| tee`), a plain line per batch instead of
 * the bar's control characters.
 */
export function importProgress(total: number, unit: 'files' | 'bytes', out: NodeJS.WriteStream): ImportProgress {
  if (out.isTTY) return bar(total, unit, out);
  return {
    update: (progress, tally) => {
      const c = counts(tally);
      const percent = total > 0 ? Math.floor((100 * progress) / total) : 100;
      out.write(`[${String(percent).padStart(3)}%] read ${c.read}, appended ${c.appended}, duplicate ${c.duplicate}, rejected ${c.rejected}, mapping failures ${c.unmapped}\n`);
    },
    stop: () => undefined,
  };
}

function bar(total: number, unit: 'files' | 'bytes', out: NodeJS.WriteStream): ImportProgress {
  const progressBar = new SingleBar(
    {
      stream: out,
      format: `{bar} {percentage}% of ${unit === 'files' ? '{total} files' : 'the file'} | read {read} | appended {appended} | duplicate {duplicate} | rejected {rejected} | unmapped {unmapped}`,
      hideCursor: true,
    },
    Presets.shades_classic,
  );
  progressBar.start(total, 0, { read: 0, appended: 0, duplicate: 0, rejected: 0, unmapped: 0 });
  return {
    update: (progress, tally) => progressBar.update(progress, counts(tally)),
    stop: () => progressBar.stop(),
  };
}
