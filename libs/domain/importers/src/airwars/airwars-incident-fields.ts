/**
 * A typed view of one Airwars incident file (schema 2.0.0 of the Arabic-first archive of Airwars
 * pages). The archive writes the main facts under English keys and keeps the rest of the old
 * Airwars spreadsheet under Arabic keys in `legacy_incident_fields`; the English ("— الأصل",
 * original) variant of each legacy value is the one Airwars published.
 */
export interface AirwarsIncidentFields {
  incidentCode: string | null;
  airwarsId: string | null;
  incidentDate: string | null;
  /** `date` or `date_range`. */
  dateType: string | null;
  dateRangeEnd: string | null;
  /** `morning`, `around_dawn`, `02:30:00`, … exactly as published. */
  localTime: string | null;
  startTime: string | null;
  endTime: string | null;
  publishedDate: string | null;
  lastModified: string | null;
  country: string | null;
  /** Governorate, in whichever spelling Airwars used ("Al Hasakah", "Hassaka", "Hassakah"). */
  governorate: string | null;
  locationName: string | null;
  locationNameArabic: string | null;
  point: { lat: number; lon: number } | null;
  /** `village`, `town`, `subdistrict`, `nearby_landmark`, … (how well Airwars placed the point). */
  locationPrecision: string | null;
  belligerents: string | null;
  strikeType: string | null;
  /** `Likely strike`, `Contested strike`, `Declared strike`, `Single source claim`. */
  strikeStatus: string | null;
  /** Airwars' grade of the evidence: Confirmed | Fair | Weak | Contested | Discounted. */
  assessment: string | null;
  civilianDeaths: { min: number | null; max: number | null };
  civilianInjuries: { min: number | null; max: number | null };
  narrative: string | null;
  sources: unknown[];
}

/** Arabic keys of `legacy_incident_fields` we read; the English in each name says what it holds. */
const LEGACY = {
  incidentCode: 'رمز الحادثة',
  airwarsId: 'معرّف Airwars',
  incidentDate: 'تاريخ الحادثة',
  dateType: 'نوع التاريخ — الأصل',
  dateRangeEnd: 'نهاية نطاق التاريخ',
  localTime: 'التوقيت المحلي — الأصل',
  startTime: 'بداية الوقت',
  endTime: 'نهاية الوقت',
  publishedDate: 'تاريخ النشر',
  lastModified: 'آخر تعديل',
  governorate: 'المحافظة — الأصل',
  region: 'المنطقة — الأصل',
  locationName: 'الموقع بالإنجليزية',
  locationNameArabic: 'الموقع بالعربية',
  latitude: 'خط العرض',
  longitude: 'خط الطول',
  locationPrecision: 'دقة تحديد الموقع',
  belligerents: 'الجهة العسكرية — الأصل',
  strikeType: 'نوع الضربة — الأصل',
  strikeStatus: 'حالة نسبة الضربة — الأصل',
  assessment: 'قوة الأدلة — الأصل',
} as const;

type JsonObject = Record<string, unknown>;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads the fields we map; top-level keys win, the legacy spreadsheet fills the gaps. */
export function readAirwarsIncidentFields(json: JsonObject): AirwarsIncidentFields {
  const legacy = isJsonObject(json['legacy_incident_fields']) ? json['legacy_incident_fields'] : {};
  const pick = (key: string, legacyKey: string): string | null => text(json[key]) ?? text(legacy[legacyKey]);
  return {
    incidentCode: pick('incident_code', LEGACY.incidentCode),
    airwarsId: pick('airwars_id', LEGACY.airwarsId),
    incidentDate: pick('incident_date', LEGACY.incidentDate),
    dateType: text(legacy[LEGACY.dateType]),
    dateRangeEnd: text(legacy[LEGACY.dateRangeEnd]),
    localTime: text(legacy[LEGACY.localTime]),
    startTime: text(legacy[LEGACY.startTime]),
    endTime: text(legacy[LEGACY.endTime]),
    publishedDate: text(legacy[LEGACY.publishedDate]),
    lastModified: pick('source_last_modified', LEGACY.lastModified),
    country: text(json['country']),
    // The spreadsheet's "governorate" column is mostly empty; its "region" column holds the
    // governorate for the rest (both are province names), so fall back to it.
    governorate: text(legacy[LEGACY.governorate]) ?? text(legacy[LEGACY.region]),
    locationName: pick('location', LEGACY.locationName),
    locationNameArabic: pick('location_ar', LEGACY.locationNameArabic),
    point: point(json['latitude'] ?? legacy[LEGACY.latitude], json['longitude'] ?? legacy[LEGACY.longitude]),
    locationPrecision: text(legacy[LEGACY.locationPrecision]),
    belligerents: pick('alleged_belligerent', LEGACY.belligerents),
    strikeType: pick('strike_type', LEGACY.strikeType),
    strikeStatus: text(legacy[LEGACY.strikeStatus]),
    assessment: pick('assessment', LEGACY.assessment),
    civilianDeaths: { min: count(json['civilian_deaths_min']), max: count(json['civilian_deaths_max']) },
    civilianInjuries: { min: count(json['civilian_injuries_min']), max: count(json['civilian_injuries_max']) },
    narrative: text(json['narrative']) ?? text(json['additional_notes']),
    sources: Array.isArray(json['sources']) ? json['sources'] : [],
  };
}

/** A non-blank string (numbers are accepted as their decimal text, e.g. numeric ids). */
export function text(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

function count(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : null;
}

function point(lat: unknown, lon: unknown): { lat: number; lon: number } | null {
  if (typeof lat !== 'number' || typeof lon !== 'number') return null;
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) return null;
  return { lat, lon };
}
