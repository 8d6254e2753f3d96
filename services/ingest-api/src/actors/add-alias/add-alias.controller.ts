import { BadRequestException, Body, Controller, Param, Post, Res } from '@nestjs/common';
import { LiveActorRegistry } from '@sitrep/db';
import { addAlias } from '@sitrep/domain-places';
import type { Response } from 'express';
import { blankNames, namesOwnedByOthers, registryRefusal, toActorResponse, type RegistryOutcome } from '../actor-response';
import { RequestValidationPipe } from '../request-validation.pipe';
import { AddAliasRequest } from './add-alias.request';

@Controller('v1/actors')
export class AddAliasController {
  constructor(private readonly actors: LiveActorRegistry) {}

  /**
   * 201 { actor } when the name is new, 200 when the actor already answered to it; 404 for an
   * unknown actor; 409 when the name already means another actor (it is never moved silently:
   * that would re-attribute past reports).
   */
  @Post(':id/aliases')
  async add(@Param('id') actorId: string, @Body(new RequestValidationPipe(AddAliasRequest)) request: AddAliasRequest, @Res({ passthrough: true }) response: Response) {
    const blank = blankNames([['alias', request.alias]]);
    if (blank.length > 0) throw new BadRequestException({ statusCode: 400, error: 'Bad Request', message: 'The request is invalid', issues: blank });
    const alias = request.alias.trim();
    const outcome = await this.actors.change<RegistryOutcome>((registry) => {
      const change = addAlias(registry, actorId, alias);
      if (!change.ok) return { add: [], result: { ...change, issues: namesOwnedByOthers(registry, actorId, [['alias', alias]]) } };
      const added = change.registry !== registry;
      return { add: added ? [{ kind: 'alias' as const, actorId, alias }] : [], result: { ...change, added } };
    });
    if (!outcome.ok) throw registryRefusal(outcome.error, outcome.detail, outcome.issues);
    response.status(outcome.added ? 201 : 200);
    const actor = outcome.registry.actors.get(actorId);
    return { actor: actor && toActorResponse(actor), added: outcome.added };
  }
}
