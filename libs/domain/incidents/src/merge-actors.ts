import type { Participant, ParticipantRole } from '@sitrep/contracts';
import { actorKeyOf } from './actor-key';
import { foldName } from './fold-name';
import type { IncidentActor } from './incident-view.types';

interface ActorGroup {
  actor: IncidentActor;
  foldedNames: Set<string>;
  roles: Set<ParticipantRole>;
}

/**
 * The actors of an incident: participants with a canonical id are grouped by it; an unresolved
 * participant joins the resolved actor with the same folded name, else stands alone under
 * `name:<folded name>`. Sorted by key so rebuilds give the same list.
 */
export function mergeActors(participants: Participant[]): IncidentActor[] {
  const groups = new Map<string, ActorGroup>();
  const resolved = participants.filter((p) => p.actorId !== undefined);
  const unresolved = participants.filter((p) => p.actorId === undefined);
  for (const participant of resolved) addTo(groups, actorKeyOf(participant), participant);
  for (const participant of unresolved) {
    const folded = foldName(participant.nameAsReported);
    const namesake = [...groups.values()].find((group) => group.actor.actorId !== undefined && group.foldedNames.has(folded));
    addTo(groups, namesake?.actor.key ?? actorKeyOf(participant), participant);
  }
  return [...groups.values()]
    .map(({ actor, roles }) => ({ ...actor, roles: [...roles].sort() }))
    .sort((a, b) => compareStrings(a.key, b.key));
}

function addTo(groups: Map<string, ActorGroup>, key: string, participant: Participant): void {
  const group = groups.get(key) ?? newGroup(key, participant);
  group.foldedNames.add(foldName(participant.nameAsReported));
  group.roles.add(participant.role);
  groups.set(key, group);
}

function newGroup(key: string, participant: Participant): ActorGroup {
  const actor: IncidentActor = {
    key,
    ...(participant.actorId !== undefined && { actorId: participant.actorId }),
    name: participant.nameAsReported,
    roles: [],
  };
  return { actor, foldedNames: new Set(), roles: new Set() };
}

/** Code-unit order, independent of the locale the processor runs in. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
