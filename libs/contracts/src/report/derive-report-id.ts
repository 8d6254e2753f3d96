import { v5 as uuidV5 } from 'uuid';
import type { SourceSystem } from './report.types';

/**
 * The namespace of every Sitrep report id. NEVER CHANGE IT: every id on the log was derived under it.
 */
export const REPORT_ID_NAMESPACE = 'c5e10e5d-aec3-41b2-8bdf-95b1139c8313';

/**
 * The report id: a UUIDv5 of (source system, native id, native revision) under
 * REPORT_ID_NAMESPACE. This is a permanent contract — the same three inputs give the same id
 * forever, which is what makes re-sending a report a no-op. Changing the namespace, the encoding
 * below or the UUID version would duplicate every report on the next re-import.
 *
 * Each part is written as `<UTF-8 byte length>:<part>`, so no choice of separators inside a part
 * can make two different triples encode alike (`("a", "b|c")` ≠ `("a|b", "c")`); a missing revision
 * is written `-`, which no length-prefixed part can be, so it differs from an empty one.
 */
export function deriveReportId(sourceSystem: SourceSystem, nativeId: string, nativeRevision?: string): string {
  const revision = nativeRevision === undefined ? '-' : lengthPrefixed(nativeRevision);
  return uuidV5(`${lengthPrefixed(sourceSystem)}${lengthPrefixed(nativeId)}${revision}`, REPORT_ID_NAMESPACE);
}

const utf8 = new TextEncoder();

function lengthPrefixed(part: string): string {
  return `${utf8.encode(part).length}:${part}`;
}
