import type { Provider } from '@nestjs/common';
import { LiveActorRegistry } from '@sitrep/db';
import { normalizeAdmin1, resolveActor } from '@sitrep/domain-places';
import type { Normalizer } from '../reports/record-reports/prepare-report';
import { NORMALIZER } from './normalizer.token';

/** Governorates are a table in the domain library; actors come from the live registry. */
export const normalizerProvider: Provider = {
  provide: NORMALIZER,
  inject: [LiveActorRegistry],
  useFactory: (actors: LiveActorRegistry): Normalizer => ({
    canonicalAdmin1: (iso3, asReported) => normalizeAdmin1(iso3, asReported)?.name,
    actorId: (name) => resolveActor(actors.registry(), name)?.id,
  }),
};
