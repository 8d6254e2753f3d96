import { STRING_BOUNDS, FIELD_LIMITS } from '../validation/field-limits';
import { isNotBefore, parseIsoDateOrDateTime } from '../validation/iso-date-time';
import {
  isBoundedString,
  isListOf,
  isNumberWithin,
  isOneOf,
  isOptionalString,
  isRecordWith,
  isStringList,
} from '../validation/structural-check';
import { ISO3_PATTERN } from './country.schema';
import { CATEGORIES, GEO_PRECISIONS, PARTICIPANT_ROLES, TAXONOMIES, TIME_PRECISIONS } from './report.types';

/**
 * The fast structural mirror of EventAssertionSchema and the schemas below it, one function per
 * schema class, in the same field order. A rule added to a schema class must be added here too,
 * or the property spec (validate-submission.fast-path.spec.ts) fails; a rule left out here only
 * sends more input down the slow path, never lets invalid input through.
 */
const { name, text, id } = STRING_BOUNDS;

const ASSERTION_KEYS = new Set(['occurred', 'location', 'classification', 'participants', 'fatalities', 'injuries', 'civilianTargeting', 'assessment', 'notes']);
const OCCURRED_KEYS = new Set(['start', 'end', 'precision', 'timeOfDay']);
const PLACE_KEYS = new Set(['placeName', 'description', 'point', 'admin1', 'canonicalAdmin1', 'admin2', 'admin3', 'country', 'precision']);
const POINT_KEYS = new Set(['lat', 'lon']);
const COUNTRY_KEYS = new Set(['iso3', 'name']);
const CLASSIFICATION_KEYS = new Set(['taxonomy', 'eventType', 'subEventType', 'category', 'tags']);
const PARTICIPANT_KEYS = new Set(['role', 'nameAsReported', 'actorId']);
const FATALITIES_KEYS = new Set(['best', 'low', 'high']);
const INJURIES_KEYS = new Set(['min', 'max']);
const NOTES_KEYS = new Set(['text', 'lang']);

export function isFastValidAssertion(value: unknown): boolean {
  if (!isRecordWith(value, ASSERTION_KEYS)) return false;
  return (
    isOccurred(value['occurred']) &&
    isPlace(value['location']) &&
    isClassification(value['classification']) &&
    isListOf(value['participants'], FIELD_LIMITS.participants, isParticipant) &&
    (value['fatalities'] === undefined || isFatalities(value['fatalities'])) &&
    (value['injuries'] === undefined || isInjuries(value['injuries'])) &&
    (value['civilianTargeting'] === undefined || typeof value['civilianTargeting'] === 'boolean') &&
    isOptionalString(value['assessment'], name) &&
    (value['notes'] === undefined || isNotes(value['notes']))
  );
}

function isOccurred(value: unknown): boolean {
  if (!isRecordWith(value, OCCURRED_KEYS)) return false;
  const { start, end } = value;
  // Parsed once each: date parsing is the dearest part of this check.
  const earlier = typeof start === 'string' ? parseIsoDateOrDateTime(start) : null;
  if (earlier === null || !isOneOf(value['precision'], TIME_PRECISIONS) || !isOptionalString(value['timeOfDay'], name)) return false;
  if (end === undefined) return true;
  // IsIsoDateOrDateTime + NotBeforeDate('start'): both parse here, so the comparison is the decorator's.
  const later = typeof end === 'string' ? parseIsoDateOrDateTime(end) : null;
  return later !== null && isNotBefore(later, earlier);
}

function isPlace(value: unknown): boolean {
  if (!isRecordWith(value, PLACE_KEYS)) return false;
  return (
    isOptionalString(value['placeName'], name) &&
    isOptionalString(value['description'], text) &&
    (value['point'] === undefined || isPoint(value['point'])) &&
    isOptionalString(value['admin1'], name) &&
    isOptionalString(value['canonicalAdmin1'], name) &&
    isOptionalString(value['admin2'], name) &&
    isOptionalString(value['admin3'], name) &&
    isCountry(value['country']) &&
    isOneOf(value['precision'], GEO_PRECISIONS)
  );
}

function isPoint(value: unknown): boolean {
  return isRecordWith(value, POINT_KEYS) && isNumberWithin(value['lat'], -90, 90, false) && isNumberWithin(value['lon'], -180, 180, false);
}

function isCountry(value: unknown): boolean {
  if (!isRecordWith(value, COUNTRY_KEYS)) return false;
  const iso3 = value['iso3'];
  return typeof iso3 === 'string' && ISO3_PATTERN.test(iso3) && isOptionalString(value['name'], name);
}

function isClassification(value: unknown): boolean {
  if (!isRecordWith(value, CLASSIFICATION_KEYS)) return false;
  return (
    isOneOf(value['taxonomy'], TAXONOMIES) &&
    isOptionalString(value['eventType'], name) &&
    isOptionalString(value['subEventType'], name) &&
    isOneOf(value['category'], CATEGORIES) &&
    (value['tags'] === undefined || isStringList(value['tags'], FIELD_LIMITS.tags, name))
  );
}

function isParticipant(value: unknown): boolean {
  if (!isRecordWith(value, PARTICIPANT_KEYS)) return false;
  return isOneOf(value['role'], PARTICIPANT_ROLES) && isBoundedString(value['nameAsReported'], name) && isOptionalString(value['actorId'], id);
}

/** Whichever counts are given keep `low ≤ best ≤ high` (the NotGreaterThan pairs of FatalitiesSchema). */
function isFatalities(value: unknown): boolean {
  if (!isRecordWith(value, FATALITIES_KEYS)) return false;
  const { best, low, high } = value;
  if (![best, low, high].every(isOptionalCount)) return false;
  return notGreater(best, high) && notGreater(low, best) && notGreater(low, high);
}

function isInjuries(value: unknown): boolean {
  if (!isRecordWith(value, INJURIES_KEYS)) return false;
  const { min, max } = value;
  return isOptionalCount(min) && isOptionalCount(max) && notGreater(min, max);
}

function isOptionalCount(value: unknown): boolean {
  return value === undefined || isNumberWithin(value, 0, FIELD_LIMITS.casualties, true);
}

function notGreater(value: unknown, bound: unknown): boolean {
  return typeof value !== 'number' || typeof bound !== 'number' || value <= bound;
}

function isNotes(value: unknown): boolean {
  return isRecordWith(value, NOTES_KEYS) && isBoundedString(value['text'], text) && isOptionalString(value['lang'], id);
}
