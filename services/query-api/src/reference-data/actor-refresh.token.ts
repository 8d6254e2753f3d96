/** Nest token for how often the query API catches up with analysts' actor changes (tests shorten it). */
export const ACTOR_REFRESH_MS = Symbol.for('sitrep.query.ActorRefreshMs');
export const DEFAULT_ACTOR_REFRESH_MS = 5_000;
