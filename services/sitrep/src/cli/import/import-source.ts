import type { MapResult } from '@sitrep/domain-importers';

export const IMPORT_KINDS = ['airwars', 'acled', 'ucdp', 'ndjson'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** One record read from a source: mapped to a submission (still to be validated by Sitrep), or why not. */
export interface SourceItem {
  /** Names the record for the summary: a file name, a native id, a line. */
  label: string;
  /** How far through the source this record ends, in the source's unit. */
  progress: number;
  mapped: MapResult<unknown>;
}

/** A file or folder being imported, read lazily so a large export never sits in memory whole. */
export interface ImportSource {
  total: number;
  unit: 'files' | 'bytes';
  items: AsyncIterable<SourceItem>;
}

/** The native id of a mapped submission, when it has one, to label it in the summary. */
export function nativeIdOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const id = (value as { nativeId?: unknown }).nativeId;
  return typeof id === 'string' ? id : undefined;
}
