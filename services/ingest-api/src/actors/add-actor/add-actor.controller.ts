import { BadRequestException, Body, Controller, HttpCode, Post } from '@nestjs/common';
import { LiveActorRegistry } from '@sitrep/db';
import { actorNameKey, addActor, type Actor } from '@sitrep/domain-places';
import { randomUUID } from 'node:crypto';
import { blankNames, namesOwnedByOthers, registryRefusal, toActorResponse, type RegistryOutcome } from '../actor-response';
import { RequestValidationPipe } from '../request-validation.pipe';
import { AddActorRequest } from './add-actor.request';

@Controller('v1/actors')
export class AddActorController {
  constructor(private readonly actors: LiveActorRegistry) {}

  /**
   * 201 { actor } and ingest resolves its names from then on; 400 with field paths; 409 when one of
   * its names already means another actor (the analyst adds an alias to that actor instead).
   */
  @Post()
  @HttpCode(201)
  async add(@Body(new RequestValidationPipe(AddActorRequest)) request: AddActorRequest) {
    const fields = namedFields(request);
    const blank = blankNames(fields);
    if (blank.length > 0) throw new BadRequestException({ statusCode: 400, error: 'Bad Request', message: 'The request is invalid', issues: blank });
    const actor = toActor(request);
    const outcome = await this.actors.change<RegistryOutcome>((registry) => {
      const change = addActor(registry, actor);
      if (!change.ok) return { add: [], result: { ...change, issues: namesOwnedByOthers(registry, null, fields) } };
      const aliases = actor.aliases.map((alias) => ({ kind: 'alias' as const, actorId: actor.id, alias }));
      return { add: [{ kind: 'actor' as const, actor: { ...actor, aliases: [] } }, ...aliases], result: { ...change, added: true } };
    });
    if (!outcome.ok) throw registryRefusal(outcome.error, outcome.detail, outcome.issues);
    return { actor: toActorResponse(outcome.registry.actors.get(actor.id) ?? actor) };
  }
}

function namedFields(request: AddActorRequest): Array<[string, string]> {
  return [['name', request.name], ...(request.aliases ?? []).map((alias, i): [string, string] => [`aliases[${i}]`, alias])];
}

/** Trimmed, with aliases that repeat the name or each other (once folded) left out. */
function toActor(request: AddActorRequest): Actor {
  const name = request.name.trim();
  const seen = new Set([actorNameKey(name)]);
  const aliases: string[] = [];
  for (const alias of request.aliases ?? []) {
    const key = actorNameKey(alias);
    if (seen.has(key)) continue;
    seen.add(key);
    aliases.push(alias.trim());
  }
  return { id: `sitrep:${randomUUID()}`, name, aliases, ...(request.kind ? { kind: request.kind } : {}), ...(request.parentId ? { parentId: request.parentId } : {}) };
}
