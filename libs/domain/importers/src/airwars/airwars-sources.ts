import type { Credibility, SourceRef } from '@sitrep/contracts';
import { parseCalendarDate } from '../shared/calendar-date';
import { isJsonObject, text } from './airwars-incident-fields';

/** Airwars lists up to a few hundred sources; a report carries at most this many. */
export const MAX_AIRWARS_SOURCES = 200;

/** `platform_original` is "Twitter\nArabic", "Facebook", "English", …: a platform, a language, or both. */
const PLATFORMS: Readonly<Record<string, string>> = {
  twitter: 'twitter',
  facebook: 'facebook',
  telegram: 'telegram',
  youtube: 'youtube',
  instagram: 'instagram',
  video: 'video',
};
const LANGUAGES: Readonly<Record<string, string>> = {
  arabic: 'ar',
  english: 'en',
  hebrew: 'he',
  turkish: 'tr',
  kurdish: 'ku',
  russian: 'ru',
  persian: 'fa',
  french: 'fr',
};

/** Each listed source, in Airwars' order, as a SourceRef (reliability F, see airwars-credibility). */
export function airwarsSources(listed: unknown[], credibility: Credibility): SourceRef[] {
  return listed
    .filter(isJsonObject)
    .slice(0, MAX_AIRWARS_SOURCES)
    .map((source) => airwarsSource(source, credibility));
}

function airwarsSource(source: Record<string, unknown>, credibility: Credibility): SourceRef {
  const url = httpUrl(source['url']);
  const ref: SourceRef = { name: sourceName(source, url), reliability: 'F', credibility };
  if (url !== null) ref.url = url;
  const archiveUrl = httpUrl(source['archive_url']);
  if (archiveUrl !== null && archiveUrl !== url) ref.archiveUrl = archiveUrl;
  const publishedAt = parseCalendarDate(text(source['published_date']));
  if (publishedAt !== null) ref.publishedAt = publishedAt;
  for (const word of (text(source['platform_original']) ?? '').split(/\s*\n\s*/)) {
    const key = word.toLowerCase();
    if (PLATFORMS[key]) ref.platform = PLATFORMS[key];
    if (LANGUAGES[key]) ref.language = LANGUAGES[key];
  }
  return ref;
}

/** The outlet as Airwars named it; a nameless entry is named after its web site so it stays usable. */
function sourceName(source: Record<string, unknown>, url: string | null): string {
  const named = text(source['name_original']) ?? text(source['author']) ?? text(source['name_ar']);
  if (named !== null) return named;
  return url === null ? 'unnamed source' : new URL(url).hostname;
}

/**
 * An absolute http(s) link, or null. A few Airwars links are mangled (one reads
 * "hthttps://…tps://…"); such a link is dropped rather than stored, and stays visible in the raw record.
 */
function httpUrl(value: unknown): string | null {
  const link = text(value);
  if (link === null || /[\u0000-\u0020\u007f-\u009f]/.test(link) || !URL.canParse(link)) return null;
  const { protocol, hostname } = new URL(link);
  return (protocol === 'http:' || protocol === 'https:') && hostname !== '' ? link : null;
}
