/** Nest token for the Normalizer (canonical governorates and actor ids) ingest applies. */
export const NORMALIZER = Symbol.for('sitrep.ingest.Normalizer');
