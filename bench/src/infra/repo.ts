import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';

/** The repository root: the bundle lives in dist/bench/, npm scripts run from the root. */
export const REPO_ROOT = findRoot();
export const SITREP_BUNDLE = path.join(REPO_ROOT, 'dist/sitrep/main.cjs');
export const BENCH_BUNDLE = path.join(REPO_ROOT, 'dist/bench/bench.cjs');
export const OUT_DIR = path.join(REPO_ROOT, '.bench-out');

export function outPath(...parts: string[]): string {
  const file = path.join(OUT_DIR, ...parts);
  mkdirSync(path.dirname(file), { recursive: true });
  return file;
}

function findRoot(): string {
  for (const start of [process.cwd(), __dirname]) {
    let dir = start;
    for (let i = 0; i < 6; i++) {
      if (existsSync(path.join(dir, 'tools/kafka/kafka.sh')) && existsSync(path.join(dir, 'package.json'))) return dir;
      dir = path.dirname(dir);
    }
  }
  throw new Error('bench: cannot find the Sitrep repository root (run it from the repo, e.g. npm run bench)');
}
