import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { loadConfig, type SitrepConfig } from '@sitrep/config';
import { ApiKeyStore, generateApiKey } from '@sitrep/db';
import { configureHttp, requiredScope, type Scope } from '@sitrep/platform';
import { freePort } from '@sitrep/testing';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { RootModule, SERVICES, type ServiceName } from '../app/root.module';
import { startEmbeddedRuntime } from '../runtime/embedded-runtime';
import type { Runtime } from '../runtime/runtime';

/** High enough for the matrix, low enough to spend in a test. */
const RATE_LIMIT = 300;

interface Route {
  method: string;
  path: string;
}

/** Every route the composed app serves, read from Express's own router (so none is forgotten). */
function routesOf(app: NestExpressApplication): Route[] {
  const router = (app.getHttpAdapter().getInstance() as { router: { stack: Array<{ route?: { path: string; methods: Record<string, boolean> } }> } }).router;
  return router.stack
    .filter((layer) => layer.route)
    .flatMap((layer) => Object.keys(layer.route!.methods).map((method) => ({ method: method.toUpperCase(), path: layer.route!.path })))
    // Catch-all layers that Nest/Express add (`{/*splat}`) serve no resource: they answer 404.
    .filter((route) => typeof route.path === 'string' && route.path.startsWith('/') && ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].includes(route.method));
}

/** `/v1/incidents/:id` → `/v1/incidents/matrix-id`; Express 5 wildcards `{/*rest}` → `/matrix`. */
const concrete = (routePath: string) =>
  routePath.replace(/\{\/\*\w+\}/g, '/matrix').replace(/\*\w+/g, 'matrix').replace(/:(\w+)/g, 'matrix-$1') || '/';

// The whole app as `npm start` composes it, on a real embedded PostgreSQL: no key → 401, a key
// without the route's scope → 403, the right scope → neither.
describe('access control on every route', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sitrep-access-'));
  chmodSync(dataDir, 0o755);
  let runtime: Runtime;
  let app: NestExpressApplication;
  let base: string;
  const keys: Record<Scope, string> = { ingest: '', read: '', admin: generateApiKey() };

  beforeAll(async () => {
    const loaded = loadConfig({ SITREP_DATA_DIR: dataDir, SITREP_EMBEDDED_PG_PORT: String(await freePort()), LOG_LEVEL: 'silent', SITREP_API_KEY: keys.admin, SITREP_RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT) }, 'matrix');
    if (!loaded.ok) throw new Error(loaded.errors.join('; '));
    const config: SitrepConfig = loaded.config;
    runtime = await startEmbeddedRuntime(config, () => undefined);
    app = await NestFactory.create<NestExpressApplication>(RootModule.compose(config, runtime, Object.keys(SERVICES) as ServiceName[]), { bodyParser: false, logger: false });
    configureHttp(app);
    await app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
    const store = app.get(ApiKeyStore);
    await store.create('admin', ['ingest', 'read', 'admin'], undefined, keys.admin);
    keys.ingest = (await store.create('ingest only', ['ingest'])).key;
    keys.read = (await store.create('read only', ['read'])).key;
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await runtime?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function call(route: Route, key?: string): Promise<number> {
    const abort = new AbortController();
    const response = await fetch(`${base}${concrete(route.path)}`, {
      method: route.method,
      headers: { ...(key ? { authorization: `Bearer ${key}` } : {}), ...(route.method === 'GET' ? {} : { 'content-type': 'application/json' }) },
      body: route.method === 'GET' || route.method === 'HEAD' ? undefined : '{}',
      signal: abort.signal,
    });
    abort.abort();
    return response.status;
  }

  it('guards every /v1 route by its scope and leaves only health, readiness, metrics and docs open', async () => {
    const routes = routesOf(app);
    expect(routes.length).toBeGreaterThan(25);
    const results: Array<Route & { needs: string; none: number; wrong?: number; right?: number }> = [];
    for (const route of routes) {
      const needs = requiredScope(route.method, concrete(route.path));
      if (needs === 'public') {
        results.push({ ...route, needs, none: await call(route) });
        continue;
      }
      const wrongScope = (['ingest', 'read', 'admin'] as Scope[]).find((s) => s !== needs)!;
      results.push({ ...route, needs, none: await call(route), wrong: await call(route, keys[wrongScope]), right: await call(route, keys[needs]) });
    }
    const guarded = results.filter((r) => r.needs !== 'public');
    expect(guarded.filter((r) => r.none !== 401)).toEqual([]);
    expect(guarded.filter((r) => r.wrong !== 403)).toEqual([]);
    expect(guarded.filter((r) => r.right === 401 || r.right === 403 || (r.right ?? 500) >= 500)).toEqual([]);
    const open = results.filter((r) => r.needs === 'public').map((r) => r.path);
    expect(open.every((p) => ['/health', '/ready', '/metrics'].includes(p) || p.startsWith('/docs'))).toBe(true);
  }, 120_000);

  it('answers 429 with Retry-After once a key has spent its budget, and only for that key', async () => {
    const spender = (await app.get(ApiKeyStore).create('spender', ['read'])).key;
    const ask = () => fetch(`${base}/v1/places/admin1`, { headers: { authorization: `Bearer ${spender}` } });
    let served = 0;
    let limited = await ask();
    // The bucket refills continuously (RATE_LIMIT per minute), so a few more than RATE_LIMIT pass.
    while (limited.status === 200 && served < RATE_LIMIT * 2) {
      served += 1;
      limited = await ask();
    }
    expect(served).toBeGreaterThanOrEqual(RATE_LIMIT);
    expect(served).toBeLessThan(RATE_LIMIT + 60);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await fetch(`${base}/v1/places/admin1`, { headers: { authorization: `Bearer ${keys.read}` } })).status).toBe(200);
  }, 60_000);
});
