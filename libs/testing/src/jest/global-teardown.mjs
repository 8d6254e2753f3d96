import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(new URL('.', import.meta.url).pathname, '../../../..');

export default async function globalTeardown() {
  rmSync(path.join(root, 'dist/.test-bundles', process.env.SITREP_TEST_RUN ?? 'adhoc'), { recursive: true, force: true });
  if (process.env.SITREP_TEST_STARTED_KAFKA === '1') {
    execFileSync('bash', [path.join(root, 'tools/kafka/kafka.sh'), 'stop'], { stdio: 'inherit' });
  }
}
