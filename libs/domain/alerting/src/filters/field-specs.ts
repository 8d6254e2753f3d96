import type { FilterField, FilterOp } from './filter.types';

/** What kind of value a field compares against, which decides its operators and value checks. */
export type ValueKind = 'word' | 'text' | 'actor' | 'number' | 'grade' | 'status' | 'category';

export interface FieldSpec {
  kind: ValueKind;
  ops: readonly FilterOp[];
}

const WORD_OPS = ['eq', 'in', 'contains', 'exists'] as const;

/** Per field: its kind and the operators that mean something for it (validation refuses the rest). */
export const FIELD_SPECS: Readonly<Record<FilterField, FieldSpec>> = {
  eventType: { kind: 'word', ops: WORD_OPS },
  subEventType: { kind: 'word', ops: WORD_OPS },
  category: { kind: 'category', ops: ['eq', 'in'] },
  country: { kind: 'word', ops: WORD_OPS },
  admin1: { kind: 'word', ops: WORD_OPS },
  admin2: { kind: 'word', ops: WORD_OPS },
  placeName: { kind: 'word', ops: WORD_OPS },
  actor: { kind: 'actor', ops: WORD_OPS },
  tags: { kind: 'word', ops: WORD_OPS },
  fatalities: { kind: 'number', ops: ['eq', 'in', 'gt', 'gte', 'lt', 'lte', 'exists'] },
  grade: { kind: 'grade', ops: ['eq', 'in', 'gte', 'lte', 'exists'] },
  text: { kind: 'text', ops: ['contains'] },
  status: { kind: 'status', ops: ['eq', 'in'] },
};
