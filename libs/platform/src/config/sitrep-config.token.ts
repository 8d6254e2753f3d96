/** Nest injection token for the validated SitrepConfig (from @sitrep/config). */
export const SITREP_CONFIG = Symbol.for('sitrep.Config');
