/**
 * Bounds that keep one rule from costing the engine more than a few microseconds per incident:
 * rules come from analysts through an API, so size is validated, not trusted. There are no regular
 * expressions at all (a crafted pattern can backtrack for minutes); `contains` covers the need.
 */
export const FILTER_LIMITS = {
  /** Nesting of all/any/not. */
  maxDepth: 8,
  /** Conditions and combinators in one filter, all steps of a sequence counted together. */
  maxNodes: 100,
  /** Values in one `in` list. */
  maxInValues: 100,
  /** Characters in one compared value. */
  maxValueLength: 200,
} as const;
