import { describe } from '@jest/globals';
import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * Real third-party data lives in ../shared/data (never in this repo, see its README for licences).
 * CI always has it; a newcomer's clone may not, and then these suites say so and skip.
 */
export function syriaDataDir(): string | null {
  const dir = process.env.SITREP_SHARED_DATA ?? path.resolve(process.cwd(), '../shared/data/syria-2022');
  if (existsSync(dir)) return dir;
  if (process.env.CI === 'true') throw new Error(`CI needs ../shared/data/syria-2022 (looked in ${dir})`);
  console.warn(`[sitrep tests] ${dir} is absent: suites that read the real Syria 2022 data are SKIPPED.`);
  return null;
}

export const describeWithSyriaData: typeof describe = (syriaDataDir() ? describe : describe.skip) as typeof describe;
