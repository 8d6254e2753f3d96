import type { Classification } from '@sitrep/contracts';

const AIR = ['Airstrike', 'Drone Strike'];
const SHELLING = ['Artillery', 'Naval bombardment'];
/** Airwars' own "we cannot tell which" label: an air strike or shelling. */
const AIR_OR_SHELLING = 'Airstrike and/or Artillery';

/**
 * Airwars' strike type ("Airstrike, Drone Strike", "Artillery", "Airstrike and/or Artillery",
 * "Ground operation", …) as an ACLED-like classification. Any remote strike makes the incident
 * `Explosions/Remote violence`; the sub-event type follows ACLED's hierarchy (air strike and
 * shelling together → Air/drone strike). "Airstrike and/or Artillery" alone names no sub-event
 * type because Airwars itself could not tell. Ground raids and a missing strike type give
 * category `other`: without the narrative we cannot say whether ACLED would code a battle or an
 * attack. The strike type parts and the strike status are kept as tags, as reported.
 */
export function airwarsClassification(strikeType: string | null, strikeStatus: string | null): Classification {
  const parts = (strikeType ?? '').split(',').map((part) => part.trim()).filter((part) => part !== '');
  const tags = strikeStatus === null ? parts : [...parts, strikeStatus];
  const tagged = tags.length > 0 ? { tags } : {};
  const hasAir = parts.some((part) => AIR.includes(part));
  const hasShelling = parts.some((part) => SHELLING.includes(part));
  if (!hasAir && !hasShelling && !parts.includes(AIR_OR_SHELLING)) return { taxonomy: 'airwars', category: 'other', ...tagged };
  const remote = { taxonomy: 'airwars', category: 'explosion_remote', eventType: 'Explosions/Remote violence', ...tagged } as const;
  if (hasAir) return { ...remote, subEventType: 'Air/drone strike' };
  if (hasShelling) return { ...remote, subEventType: 'Shelling/artillery/missile attack' };
  return remote;
}
