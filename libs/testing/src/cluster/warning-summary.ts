/** One member's output: its log file's name (incarnation and id, e.g. `002-processor-1`) and text. */
export interface MemberLog {
  member: string;
  text: string;
}

interface Warning {
  level: number;
  time: number;
  text: string;
}

const WARN = 40;
const ERROR = 50;

/**
 * What each member logged at warn level or above (pino JSON lines), as one short report: per
 * member, each distinct message once with how often and when it was first and last logged, in
 * the order they first appeared. A resilience run that went wrong in CI has to say who failed and
 * when from this alone: the members' log files are gone with the runner.
 */
export function summarizeWarnings(logs: MemberLog[], distinctPerMember = 12): string {
  const sections = logs.flatMap(({ member, text }) => {
    const warnings = text.split('\n').map(parseLine).filter((w): w is Warning => w !== null && w.level >= WARN);
    return warnings.length === 0 ? [] : [section(member, warnings, distinctPerMember)];
  });
  return sections.length === 0 ? 'no warnings' : sections.join('\n');
}

function section(member: string, warnings: Warning[], distinct: number): string {
  const groups = new Map<string, { first: Warning; last: Warning; count: number }>();
  for (const w of warnings) {
    const group = groups.get(w.text);
    if (group) {
      group.count += 1;
      group.last = w;
    } else groups.set(w.text, { first: w, last: w, count: 1 });
  }
  const errors = warnings.filter((w) => w.level >= ERROR).length;
  const shown = [...groups.values()].slice(0, distinct).map(({ first, last, count }) => {
    const when = count === 1 ? clock(first.time) : `${clock(first.time)}–${clock(last.time)}`;
    return `    ${count}× ${first.level >= ERROR ? 'error' : 'warn'} ${when} ${first.text}`;
  });
  const more = groups.size > distinct ? [`    … and ${groups.size - distinct} more distinct messages`] : [];
  return [`  ${member}: ${warnings.length - errors} warnings, ${errors} errors`, ...shown, ...more].join('\n');
}

function clock(time: number): string {
  return Number.isFinite(time) ? new Date(time).toISOString().slice(11, 23) : '?';
}

function parseLine(line: string): Warning | null {
  if (!line.startsWith('{')) return null;
  try {
    const parsed = JSON.parse(line) as { level?: unknown; time?: unknown; msg?: unknown; error?: unknown };
    if (typeof parsed.level !== 'number') return null;
    const error = typeof parsed.error === 'string' ? ` (${parsed.error})` : '';
    return { level: parsed.level, time: Number(parsed.time), text: `${String(parsed.msg)}${error}`.slice(0, 300) };
  } catch {
    return null;
  }
}
