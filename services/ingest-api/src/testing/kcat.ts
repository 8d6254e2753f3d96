import { spawn, spawnSync } from 'node:child_process';

/** kcat (librdkafka): the way a non-Node pipeline talks to Kafka. */
export const hasKcat = (): boolean => spawnSync('kcat', ['-V']).status === 0;

/** Runs kcat against the broker; resolves with its stdout, rejects with its stderr. */
export function kcat(broker: string, args: string[], input: string | Buffer = ''): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('kcat', ['-b', broker, ...args]);
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`kcat ${args.join(' ')} exited ${code}: ${err}`))));
    child.stdin.end(input);
  });
}

/** One record as `kcat -C -J` prints it (headers as a flat name, value, name, value… list). */
export interface KcatJsonRecord {
  topic: string;
  partition: number;
  offset: number;
  key: string | null;
  payload: string | null;
  headers?: string[];
}

export async function kcatReadAll(broker: string, topic: string): Promise<KcatJsonRecord[]> {
  const out = await kcat(broker, ['-C', '-t', topic, '-o', 'beginning', '-e', '-q', '-J']);
  return out
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as KcatJsonRecord);
}
