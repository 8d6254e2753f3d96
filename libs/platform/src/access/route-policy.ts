export type Scope = 'ingest' | 'read' | 'admin';
export type Requirement = 'public' | Scope;

const PUBLIC_EXACT = new Set(['/health', '/ready', '/metrics', '/', '/index.html', '/favicon.ico']);
const ADMIN_PREFIXES = ['/v1/admin', '/v1/keys', '/v1/rules', '/v1/webhooks', '/v1/alerts/silences'];

/**
 * Which scope a request needs, decided in one place so that a new route cannot be left open by
 * forgetting a decorator: under /v1 everything that is not explicitly ingest or read is admin.
 */
export function requiredScope(method: string, rawPath: string): Requirement {
  const path = normalise(rawPath);
  const verb = method.toUpperCase();
  if (!path.startsWith('/v1/') && path !== '/v1') return verb === 'GET' || verb === 'HEAD' ? 'public' : 'admin';
  if (PUBLIC_EXACT.has(path)) return 'public';
  if (ADMIN_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`))) return 'admin';
  if (verb === 'POST' && (path === '/v1/reports' || path === '/v1/reports/batch')) return 'ingest';
  if (verb === 'GET' || verb === 'HEAD') return 'read';
  return 'admin';
}

/** Strips the query and collapses `//` and `/./` so `/v1//admin` cannot dodge a prefix. */
function normalise(rawPath: string): string {
  const path = rawPath.split('?')[0].replace(/\/{2,}/g, '/').replace(/\/\.(?=\/|$)/g, '');
  return path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path || '/';
}
