import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
}

export interface ProfileShare {
  name: string;
  /** Share of all samples, in percent. */
  percent: number;
}

/** Where self time went, by package or area: enough to tell the driver, the ORM, Kafka, the domain and GC apart. */
const AREAS: Array<[string, RegExp]> = [
  ['(garbage collector)', /^\(garbage collector\)$/],
  ['(idle)', /^\(idle\)$/],
  ['(program)', /^\(program\)$/],
  ['pg driver', /node_modules\/(pg|pg-protocol|pg-pool|pg-types)\//],
  ['typeorm', /node_modules\/typeorm\//],
  ['kafkajs', /node_modules\/kafkajs\//],
  ['class-validator / class-transformer', /node_modules\/class-(validator|transformer)\//],
  ['cloudevents', /node_modules\/cloudevents\//],
  ['nest / express / pino', /node_modules\/(@nestjs|express|pino|pino-http|body-parser|router)\//],
  ['other node_modules', /node_modules\//],
  ['node internals', /^node:|^internal\//],
  ['sitrep (bundle)', /\.cjs$/],
];

/** Summarises the .cpuprofile files Node wrote into `dir` (--cpu-prof): top functions and areas by self time. */
export function summarizeCpuProfiles(dir: string, top = 12): { seconds: number; functions: ProfileShare[]; areas: ProfileShare[] } {
  const self = new Map<string, number>();
  const areas = new Map<string, number>();
  let samples = 0;
  let seconds = 0;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'))) {
    const profile = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as CpuProfile;
    seconds += (profile.endTime - profile.startTime) / 1e6;
    for (const node of profile.nodes) {
      const hits = node.hitCount ?? 0;
      if (hits === 0) continue;
      samples += hits;
      const { functionName, url } = node.callFrame;
      const key = `${functionName || '(anonymous)'} ${shortUrl(url)}`.trim();
      self.set(key, (self.get(key) ?? 0) + hits);
      const area = AREAS.find(([, pattern]) => pattern.test(url) || pattern.test(functionName))?.[0] ?? 'other';
      areas.set(area, (areas.get(area) ?? 0) + hits);
    }
  }
  const shares = (m: Map<string, number>) =>
    [...m].sort((a, b) => b[1] - a[1]).map(([name, hits]) => ({ name, percent: Math.round((1000 * hits) / Math.max(1, samples)) / 10 }));
  return { seconds, functions: shares(self).slice(0, top), areas: shares(areas) };
}

function shortUrl(url: string): string {
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) return url.slice(modules + 'node_modules/'.length);
  return url === '' ? '' : path.basename(url);
}
