import type { Participant } from '@sitrep/contracts';
import { foldName } from './fold-name';

/** The activity key of an actor: its canonical id, or `name:<folded name>` while unresolved. */
export function actorKeyOf(participant: Pick<Participant, 'actorId' | 'nameAsReported'>): string {
  return participant.actorId ?? `name:${foldName(participant.nameAsReported)}`;
}

/**
 * Whether two participants are the same actor: by canonical id when both have one, else by folded
 * name ("ISIS" and "Isis" match; "ISIS" and "Islamic State" only once ingest resolves both ids).
 */
export function sameActor(a: Participant, b: Participant): boolean {
  if (a.actorId !== undefined && b.actorId !== undefined) return a.actorId === b.actorId;
  return foldName(a.nameAsReported) === foldName(b.nameAsReported);
}
