import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  hitCount?: number;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface ProfileLine {
  name: string;
  where: string;
  ms: number;
  share: number;
}

export interface ProfileSummary {
  file: string;
  totalMs: number;
  idleMs: number;
  gcMs: number;
  /** By own (self) time: where the CPU actually was. */
  topSelf: ProfileLine[];
  /** By time with the function anywhere on the stack: which of our calls costs what. */
  topInclusive: ProfileLine[];
  /** Inclusive time of Sitrep's own functions (libs/, services/): the hot path in our terms. */
  oursInclusive: ProfileLine[];
  /** Self time per npm package or per source folder of ours. */
  byOrigin: ProfileLine[];
}

/**
 * Reads a V8 .cpuprofile (node --cpu-prof) and says where the time went. Frames in a webpack
 * bundle (dist/sitrep/main.cjs) are mapped back to their source module through the bundle's own
 * module markers, so no source-map package is needed.
 */
export function summarizeProfile(file: string, top = 25): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const bundles = new BundleIndex();
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const origin = new Map<string, number>();
  const whereOf = new Map<string, string>();
  let total = 0;
  let idle = 0;
  let gc = 0;
  profile.samples.forEach((sample, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    total += ms;
    const node = byId.get(sample);
    if (!node) return;
    const name = node.callFrame.functionName;
    if (name === '(idle)') return void (idle += ms);
    if (name === '(garbage collector)') gc += ms;
    const key = frameKey(node.callFrame, bundles, whereOf);
    self.set(key, (self.get(key) ?? 0) + ms);
    const from = originOf(node.callFrame, bundles);
    origin.set(from, (origin.get(from) ?? 0) + ms);
    const seen = new Set<string>();
    for (let id: number | undefined = node.id; id !== undefined; id = parent.get(id)) {
      const frame = (byId.get(id) as ProfileNode).callFrame;
      if (frame.functionName === '(root)') break;
      const k = frameKey(frame, bundles, whereOf);
      if (seen.has(k)) continue;
      seen.add(k);
      inclusive.set(k, (inclusive.get(k) ?? 0) + ms);
    }
  });
  const busy = total - idle;
  const lines = (m: Map<string, number>, n: number) =>
    [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([key, ms]) => ({ name: key.split('\u0000')[0], where: whereOf.get(key) ?? key, ms: Math.round(ms), share: Math.round((ms / busy) * 1000) / 10 }));
  const ours = new Map([...inclusive].filter(([key]) => /^(libs|services)\//.test(whereOf.get(key) ?? '')));
  return {
    file,
    totalMs: Math.round(total),
    idleMs: Math.round(idle),
    gcMs: Math.round(gc),
    topSelf: lines(self, top),
    topInclusive: lines(inclusive, top),
    oursInclusive: lines(ours, top),
    byOrigin: lines(origin, top),
  };
}

export function formatSummary(s: ProfileSummary): string {
  const busy = s.totalMs - s.idleMs;
  const out = [`${path.basename(s.file)}: ${s.totalMs} ms sampled, ${busy} ms busy (${Math.round((busy / s.totalMs) * 100)} %), GC ${s.gcMs} ms`];
  const table = (title: string, rows: ProfileLine[]) => {
    out.push(`  ${title} (share of busy time)`);
    for (const r of rows) out.push(`    ${String(r.share).padStart(5)} %  ${String(r.ms).padStart(7)} ms  ${r.name || '(anonymous)'}  ${r.where}`);
  };
  table('by origin', s.byOrigin.slice(0, 15));
  table('top self', s.topSelf);
  table('top inclusive, Sitrep code only', s.oursInclusive);
  return out.join('\n');
}

function frameKey(frame: CallFrame, bundles: BundleIndex, whereOf: Map<string, string>): string {
  const where = `${originOf(frame, bundles)}:${frame.lineNumber + 1}`;
  const key = `${frame.functionName}\u0000${frame.url}:${frame.lineNumber}`;
  if (!whereOf.has(key)) whereOf.set(key, where);
  return key;
}

function originOf(frame: CallFrame, bundles: BundleIndex): string {
  const url = frame.url;
  if (url === '') return frame.functionName.startsWith('(') ? frame.functionName : '(native)';
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (nm) return nm[1];
  if (url.startsWith('node:')) return url;
  const file = url.startsWith('file://') ? fileURLToPath(url) : url;
  const module = bundles.moduleAt(file, frame.lineNumber);
  return module ?? path.basename(file);
}

/** Maps a line of a webpack bundle to the source module it came from (by the module markers). */
class BundleIndex {
  private readonly indexes = new Map<string, Array<[number, string]> | null>();

  moduleAt(file: string, line: number): string | undefined {
    let index = this.indexes.get(file);
    if (index === undefined) {
      index = file.endsWith('.cjs') && existsSync(file) ? indexBundle(readFileSync(file, 'utf8')) : null;
      this.indexes.set(file, index);
    }
    if (!index || index.length === 0) return undefined;
    let lo = 0;
    let hi = index.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (index[mid][0] <= line) lo = mid;
      else hi = mid - 1;
    }
    return index[lo][0] <= line ? index[lo][1] : undefined;
  }
}

function indexBundle(text: string): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    // Production builds concatenate modules and mark each with `;// ./path/to/module.ts`.
    const m = /^;\/\/ \.\/(\S+)\s*$/.exec(line);
    if (m) out.push([i, m[1]]);
  });
  return out;
}
