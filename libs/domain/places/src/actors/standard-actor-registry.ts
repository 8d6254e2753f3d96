import type { ActorRegistry } from './actor';
import { buildRegistry } from './build-registry';
import { mergeRegistries } from './merge-registries';
import { parseUcdpActorCsv, type UcdpActorImport } from './parse-ucdp-actor-csv';
import { SEED_ACTORS } from './seed-actors';

/** Our seed alone: what Sitrep knows when UCDP's actor file is not at hand. */
export function seedRegistry(): ActorRegistry {
  return buildRegistry([...SEED_ACTORS]);
}

/**
 * The registry ingest uses: the seed, plus UCDP's actor list when the caller has its text (the
 * caller reads the file; null when it is absent). The seed stays primary (see `mergeRegistries`).
 * `ucdpImport` carries the rows UCDP's file could not give us, for the caller to report.
 */
export function standardActorRegistry(ucdpCsvText: string | null): {
  registry: ActorRegistry;
  ucdpImport: UcdpActorImport | null;
} {
  if (ucdpCsvText === null) return { registry: seedRegistry(), ucdpImport: null };
  const ucdpImport = parseUcdpActorCsv(ucdpCsvText);
  return { registry: mergeRegistries(seedRegistry(), buildRegistry(ucdpImport.actors)), ucdpImport };
}
