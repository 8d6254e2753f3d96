import { readdirSync, readFileSync } from 'node:fs';

/** Resident memory of a live process in MiB, from /proc (undefined once it is gone). */
export function rssMiB(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
    return line === undefined ? undefined : Number(line.replace(/\D+/g, '')) / 1024;
  } catch {
    return undefined;
  }
}

/** CPU seconds (user + system) a live process has used so far, from /proc (Linux clock ticks of 10 ms). */
export function cpuSeconds(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

/**
 * CPU seconds of a process and all its descendants, including children that already exited (the
 * kernel adds those to the parent): what a PostgreSQL server spent, over all its backends.
 */
export function cpuSecondsWithChildren(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  const stats = new Map<number, { ppid: number; total: number }>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const fields = readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1].split(' ');
      stats.set(Number(entry), { ppid: Number(fields[1]), total: (Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])) / 100 });
    } catch {
      // gone meanwhile
    }
  }
  if (!stats.has(pid)) return undefined;
  const sum = (of: number): number => (stats.get(of)?.total ?? 0) + [...stats].filter(([, s]) => s.ppid === of).reduce((n, [child]) => n + sum(child), 0);
  return sum(pid);
}

/** The peak of a value sampled every `intervalMs` until stopped (e.g. the RSS of a process under load). */
export function samplePeak(read: () => number | undefined, intervalMs = 250): { stop(): { peak: number; samples: number } } {
  let peak = 0;
  let samples = 0;
  const timer = setInterval(() => {
    const value = read();
    if (value === undefined) return;
    peak = Math.max(peak, value);
    samples += 1;
  }, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      return { peak, samples };
    },
  };
}
