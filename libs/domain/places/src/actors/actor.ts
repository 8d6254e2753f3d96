/**
 * Who did something: an armed group, a state's forces, a coalition. Sources name the same actor in
 * many ways ("ISIS", "Daesh", "داعش"); the registry maps every spelling to one `id`.
 * - `id`: stable; `ucdp:<ActorId>` when UCDP knows the actor, so our seed and UCDP's list agree.
 * - `name`: the name Sitrep shows. `aliases`: other names sources use (the name itself need not repeat).
 * - `parentId`: the group this actor belongs to or fights within (PYD and YPG → SDF), for roll-ups.
 *   Backing is not membership: the Turkish-backed SNA has no parent.
 */
export type ActorKind = 'state' | 'non_state' | 'coalition' | 'other';

export type Actor = {
  id: string;
  name: string;
  aliases: string[];
  kind?: ActorKind;
  parentId?: string;
  ucdpId?: string;
};

/**
 * Plain data; every change returns a new registry and leaves the old one as it was.
 * `byName` maps a folded name (see `actorNameKey`) to the ids of the actors that answer to it; more
 * than one id means the name is ambiguous and resolves to nobody.
 */
export interface ActorRegistry {
  readonly actors: ReadonlyMap<string, Actor>;
  readonly byName: ReadonlyMap<string, readonly string[]>;
}

/** Why a registry change was refused; `detail` names the alias or actor for the analyst. */
export type RegistryError =
  | 'UNKNOWN_ACTOR'
  | 'EMPTY_NAME'
  | 'ALIAS_OWNED_BY_OTHER_ACTOR'
  | 'ACTOR_ID_TAKEN'
  | 'UNKNOWN_PARENT';

export type RegistryChange<E extends RegistryError> =
  | { ok: true; registry: ActorRegistry }
  | { ok: false; error: E; detail: string };
