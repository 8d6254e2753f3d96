import type { Incident } from '@sitrep/domain-incidents';
import type { GroupField } from '../filters/filter.types';
import { fieldValues } from '../filters/incident-fields';
import type { AlertRule } from '../rules/alert-rule.types';

/** The one group of a rule without grouping. */
export const NO_GROUP = '*';

/**
 * An incident with several values (two actors, three tags) counts in each of their combinations;
 * past this many the rest are dropped (in sorted order), so one odd incident cannot flood a rule.
 */
export const MAX_GROUPS_PER_INCIDENT = 32;

/**
 * Readable group keys such as `admin1=Al Hasakah` or `admin1=Al Hasakah|actor=ucdp:234`. An
 * incident without a value for a grouping field belongs to no group: "the same governorate" is
 * never assumed for an incident whose governorate is unknown.
 */
export function groupKeysOf(incident: Incident, fields: readonly GroupField[]): string[] {
  let keys = [''];
  for (const field of fields) {
    const values = [...new Set(fieldValues(incident, field))].sort();
    keys = keys.flatMap((key) => values.map((value) => joinKey(key, pair(field, value)))).slice(0, MAX_GROUPS_PER_INCIDENT);
  }
  return fields.length === 0 ? [NO_GROUP] : keys;
}

/** A new term's alert key: its group and the new value, e.g. `admin1=Al Hasakah|actor=ucdp:115`. */
export function termGroupKey(scope: string, field: GroupField, term: string): string {
  return scope === NO_GROUP ? pair(field, term) : joinKey(scope, pair(field, term));
}

/** `<rule id>@v<version>|<group key>|<anchor>`: readable and deterministic, so replays agree on it. */
export function fingerprintOf(rule: AlertRule, groupKey: string, anchor: string): string {
  return `${rule.id}@v${rule.version}|${groupKey}|${anchor}`;
}

function pair(field: GroupField, value: string): string {
  return `${field}=${value.replace(/[\\|=]/g, (c) => `\\${c}`)}`;
}

function joinKey(prefix: string, part: string): string {
  return prefix === '' ? part : `${prefix}|${part}`;
}
