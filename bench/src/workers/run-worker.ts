import { spawn } from 'node:child_process';
import { createWriteStream, writeFileSync } from 'node:fs';
import { BENCH_BUNDLE, outPath, REPO_ROOT } from '../infra/repo';

/**
 * Runs a job in a child process of the bench bundle (`bench.cjs worker <name> <job.json>`), so that
 * load generators and yardsticks do not share an event loop with the coordinator; the child prints
 * its result as the last stdout line.
 */
export function runWorker<T>(name: string, job: object, label: string, timeoutMs: number): Promise<T> {
  const jobFile = outPath('jobs', `${label}.json`);
  writeFileSync(jobFile, JSON.stringify(job));
  return runNode([BENCH_BUNDLE, 'worker', name, jobFile], label, timeoutMs);
}

export function runNode<T>(args: string[], label: string, timeoutMs: number, cwd = REPO_ROOT): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, KAFKAJS_NO_PARTITIONER_WARNING: '1' } });
    const log = createWriteStream(outPath('logs', `${label}.log`));
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      log.write(chunk);
    });
    child.stderr.pipe(log);
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      const lastLine = stdout.trim().split('\n').at(-1) ?? '';
      if (code !== 0) return reject(new Error(`${label} exited with ${code ?? signal}; see .bench-out/logs/${label}.log`));
      try {
        resolve(JSON.parse(lastLine) as T);
      } catch {
        reject(new Error(`${label} printed no JSON result; see .bench-out/logs/${label}.log`));
      }
    });
  });
}
