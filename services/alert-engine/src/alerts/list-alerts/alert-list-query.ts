import type { ValidationIssue } from '@sitrep/contracts';
import type { AlertListFilter, StoredAlert } from '@sitrep/db';
import { readInstant } from '../../http/read-instant';

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 500;
const KNOWN = ['rule', 'state', 'from', 'to', 'limit', 'cursor'];

export type AlertListQuery = { ok: true; filter: AlertListFilter } | { ok: false; issues: ValidationIssue[] };

/** `?rule&state&from&to&limit&cursor` (from/to bound when the alert first fired); unknown parameters are refused. */
export function readAlertListQuery(query: Record<string, unknown>): AlertListQuery {
  const issues: ValidationIssue[] = [];
  for (const key of Object.keys(query)) if (!KNOWN.includes(key)) issues.push({ path: key, reason: `unknown parameter (expected ${KNOWN.join(', ')})` });
  const [rule, state, limitText, cursor] = ['rule', 'state', 'limit', 'cursor'].map((key) => single(query, key, issues));
  if (state !== undefined && state !== 'firing' && state !== 'resolved') issues.push({ path: 'state', reason: 'must be firing or resolved' });
  const from = readInstant(query.from, 'from', issues, false);
  const to = readInstant(query.to, 'to', issues, false);
  const limit = limitText === undefined ? DEFAULT_LIMIT : Number(limitText);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) issues.push({ path: 'limit', reason: `must be a whole number from 1 to ${MAX_LIMIT}` });
  const after = cursor === undefined ? undefined : decodeAlertCursor(cursor);
  if (after === null) issues.push({ path: 'cursor', reason: 'is not a cursor this API gave out' });
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    filter: {
      limit,
      ...(rule !== undefined && { ruleId: rule }),
      ...((state === 'firing' || state === 'resolved') && { state }),
      ...(from !== undefined && { from }),
      ...(to !== undefined && { to }),
      ...(after != null && { after }),
    },
  };
}

function single(query: Record<string, unknown>, key: string, issues: ValidationIssue[]): string | undefined {
  const value = query[key];
  if (value === undefined || typeof value === 'string') return value;
  issues.push({ path: key, reason: 'must be given once' });
  return undefined;
}

/** The cursor of the page after this alert (newest first by first firing, then fingerprint). */
export function encodeAlertCursor(alert: Pick<StoredAlert, 'firstFiredAt' | 'fingerprint'>): string {
  return Buffer.from(JSON.stringify([alert.firstFiredAt, alert.fingerprint]), 'utf8').toString('base64url');
}

export function decodeAlertCursor(cursor: string): { firstFiredAt: string; fingerprint: string } | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value.length !== 2 || typeof value[0] !== 'string' || typeof value[1] !== 'string' || Number.isNaN(Date.parse(value[0]))) return null;
    return { firstFiredAt: value[0], fingerprint: value[1] };
  } catch {
    return null;
  }
}
