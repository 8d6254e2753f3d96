import { BadRequestException, ConflictException, HttpException, NotFoundException } from '@nestjs/common';
import type { ValidationIssue } from '@sitrep/contracts';
import { actorNameKey, type Actor, type ActorRegistry, type RegistryError } from '@sitrep/domain-places';

/** What a registry change came to, for the controller to answer with. */
export type RegistryOutcome =
  | { ok: true; registry: ActorRegistry; added: boolean }
  | { ok: false; error: RegistryError; detail: string; issues: ValidationIssue[] };

/** An actor as the API shows it. */
export function toActorResponse(actor: Actor) {
  return { id: actor.id, name: actor.name, aliases: actor.aliases, kind: actor.kind, parentId: actor.parentId, ucdpId: actor.ucdpId };
}

/** The named fields (`name`, `aliases[1]`, `alias`) whose name already means another actor. */
export function namesOwnedByOthers(registry: ActorRegistry, actorId: string | null, fields: Array<[string, string]>): ValidationIssue[] {
  return fields.flatMap(([path, name]) => {
    const others = (registry.byName.get(actorNameKey(name)) ?? []).filter((id) => id !== actorId);
    return others.length > 0 ? [{ path, reason: `"${name}" already names ${others.join(', ')}` }] : [];
  });
}

/** Names with no letter or digit cannot identify anyone: refused with their paths. */
export function blankNames(fields: Array<[string, string]>): ValidationIssue[] {
  return fields.filter(([, name]) => actorNameKey(name) === '').map(([path, name]) => ({ path, reason: `"${name}" has no letters or digits` }));
}

/** The domain's refusal as HTTP: a name owned by another actor is a conflict (409), never moved. */
export function registryRefusal(error: RegistryError, detail: string, issues: ValidationIssue[]): HttpException {
  switch (error) {
    case 'ALIAS_OWNED_BY_OTHER_ACTOR':
      return new ConflictException({ statusCode: 409, error: 'Conflict', message: `A name already belongs to another actor: ${detail}`, issues });
    case 'UNKNOWN_ACTOR':
      return new NotFoundException({ statusCode: 404, error: 'Not Found', message: detail });
    case 'UNKNOWN_PARENT':
      return new BadRequestException({ statusCode: 400, error: 'Bad Request', message: detail, issues: [{ path: 'parentId', reason: detail }] });
    case 'EMPTY_NAME':
      return new BadRequestException({ statusCode: 400, error: 'Bad Request', message: detail, issues: issues.length > 0 ? issues : [{ path: '(root)', reason: detail }] });
    case 'ACTOR_ID_TAKEN':
      // Ids are random UUIDs chosen here: a clash is a bug, not a client error.
      return new HttpException({ statusCode: 500, error: 'Internal Server Error', message: detail }, 500);
    default: {
      const exhaustive: never = error;
      return exhaustive;
    }
  }
}
