import type { Participant, ReportSubmission, RetractReason, SourceRef, SourceSystem, Taxonomy } from '@sitrep/contracts';
import { ACTOR_SPELLINGS, EVENT_KINDS, GOVERNORATES, OUTLETS, type EventKind, type GovernorateProfile, type Town } from './hasakah-world';
import { Prng, Weighted, zipf } from './prng';

export interface GeneratorOptions {
  seed: number;
  /** Makes native ids unique per run, so runs against one database never collide. */
  tag: string;
  /** Share of supersedes and retracts (of earlier reports of the same source system). */
  supersedeRate?: number;
  retractRate?: number;
  /**
   * A correction only targets a report at least this many positions earlier, so that it has been
   * recorded before the correction arrives even when requests run concurrently.
   */
  minCorrectionLag?: number;
  maxCorrectionLag?: number;
  /** Reports never claim dates after this (the contract refuses future dates); default: now. */
  now?: Date;
  /**
   * How many reports the caller will take. Hot weeks are historical events whose size does not
   * grow with the corpus: at most ~6,000 reports fall in them however many are generated, so a
   * hot governorate-day stays at a few hundred reports (as at 30,000) instead of thousands.
   */
  expectedCount?: number;
}

const DAY_MS = 86_400_000;
const WINDOW_START = Date.UTC(2017, 0, 1);
/** Ten years of events to the end of October 2026, or to two months before `now` if earlier. */
const MAX_WINDOW_DAYS = 3_590;

/** Weeks analysts remember, when reports pile up on one governorate. */
const HOT_PERIODS: ReadonlyArray<{ start: number; days: number; governorate: number; weight: number }> = [
  { start: Date.UTC(2022, 0, 20), days: 11, governorate: 0, weight: 30 }, // al-Sina'a prison attack, Hasakah
  { start: Date.UTC(2019, 9, 9), days: 14, governorate: 0, weight: 20 }, // Turkish offensive, Ras al-Ain
  { start: Date.UTC(2019, 1, 9), days: 40, governorate: 1, weight: 20 }, // Baghuz, Deir ez-Zor
  { start: Date.UTC(2022, 10, 20), days: 10, governorate: 2, weight: 15 }, // Turkish air strikes, Kobani
  { start: Date.UTC(2023, 7, 27), days: 14, governorate: 1, weight: 15 }, // tribal clashes, Deir ez-Zor
];
const HOT_SHARE = 0.2;
const MAX_HOT_REPORTS = 6_000;

const SOURCE_SYSTEMS = new Weighted<SourceSystem>([
  ['acled', 40], ['gdelt', 16], ['liveuamap', 14], ['manual', 12], ['ucdp_ged', 10], ['airwars', 8],
]);
const TAXONOMY: Record<SourceSystem, Taxonomy> = {
  acled: 'acled', manual: 'acled', ucdp_ged: 'ucdp', ucdp_candidate: 'ucdp', gdelt: 'cameo', liveuamap: 'liveuamap', airwars: 'airwars', other: 'acled',
};
const RETRACT_REASONS: readonly RetractReason[] = ['merged_duplicate', 'erroneous', 'deleted_upstream', 'out_of_scope'];
const LOCAL_GROUPS = 400;

interface Happening {
  governorate: GovernorateProfile;
  town: Town;
  lat: number;
  lon: number;
  day: number;
  kind: EventKind;
  actors: [string, string];
  deaths: number;
  reportsLeft: number;
}

interface Eligible {
  index: number;
  system: SourceSystem;
  nativeId: string;
  assertion: ReportSubmission['assertion'];
}

/**
 * Realistic reports, deterministic for a seed: each "happening" is reported by 1–6 sources
 * (mean ≈ 1.8), which Sitrep should merge into one incident; governorates, towns, dyads and outlets
 * are skewed; ~3 % supersede and ~1 % retract earlier reports. Every report passes the contract.
 */
export class ReportGenerator {
  private readonly prng: Prng;
  private readonly governorates = new Weighted(GOVERNORATES.map((g) => [g, g.weight] as const));
  private readonly kinds = new Weighted(EVENT_KINDS.map((k) => [k, k.weight] as const));
  private readonly hot = new Weighted(HOT_PERIODS.map((h) => [h, h.weight] as const));
  private readonly towns = new Map<GovernorateProfile, Weighted<Town>>();
  private readonly dyads = new Map<GovernorateProfile, Weighted<readonly [string, string, number]>>();
  private readonly outlets = new Weighted(zipf(OUTLETS, 0.8));
  private readonly eligible: Eligible[] = [];
  private readonly corrected = new Set<string>();
  private happening?: Happening;
  private index = 0;
  private readonly windowDays: number;
  private readonly hotShare: number;

  constructor(private readonly options: GeneratorOptions) {
    this.hotShare = Math.min(HOT_SHARE, MAX_HOT_REPORTS / Math.max(1, options.expectedCount ?? 1));
    this.prng = new Prng(options.seed);
    const now = (options.now ?? new Date()).getTime();
    this.windowDays = Math.min(MAX_WINDOW_DAYS, Math.floor((now - WINDOW_START) / DAY_MS) - 60);
    for (const g of GOVERNORATES) {
      this.towns.set(g, new Weighted(zipf(g.towns, 1.1)));
      this.dyads.set(g, new Weighted(g.dyads.map((d) => [d, d[2]] as const)));
    }
  }

  next(): ReportSubmission {
    const i = this.index++;
    const roll = this.prng.next();
    const supersede = this.options.supersedeRate ?? 0.03;
    const retract = this.options.retractRate ?? 0.01;
    if (roll < supersede + retract) {
      const target = this.correctionTarget(i);
      if (target) return roll < supersede ? this.supersedeOf(target, i) : this.retractOf(target, i);
    }
    return this.assertion(i);
  }

  take(count: number): ReportSubmission[] {
    return Array.from({ length: count }, () => this.next());
  }

  private assertion(i: number): ReportSubmission {
    if (this.happening === undefined || this.happening.reportsLeft <= 0) this.happening = this.newHappening();
    const h = this.happening;
    h.reportsLeft--;
    const system = SOURCE_SYSTEMS.pick(this.prng);
    const nativeId = `${system}-${this.options.tag}-${i}`;
    const occurredDay = new Date(h.day).toISOString().slice(0, 10);
    const reportedAt = new Date(h.day + DAY_MS * (0.5 + this.prng.geometric(0.4, 20)) + this.prng.int(0, 86_399) * 1000).toISOString();
    const sources = this.sources(h.day);
    const [a1, a2] = h.actors;
    const participants: Participant[] = [
      { role: 'actor1', nameAsReported: this.spell(a1, i) },
      { role: h.kind.category === 'violence_against_civilians' ? 'target' : 'actor2', nameAsReported: this.spell(a2, i) },
    ];
    if (this.prng.chance(0.12)) participants.push({ role: 'assoc1', nameAsReported: `${h.town.name.split(/[ ,]/)[0]} tribal fighters ${this.prng.int(1, LOCAL_GROUPS)}` });
    const precision = this.prng.next();
    const occurred: NonNullable<ReportSubmission['assertion']>['occurred'] =
      precision < 0.9 ? { start: occurredDay, precision: 'day' }
      : precision < 0.94 ? { start: occurredDay, end: new Date(h.day + 2 * DAY_MS).toISOString().slice(0, 10), precision: 'days_2_6' }
      : precision < 0.97 ? { start: `${occurredDay}T${String(this.prng.int(0, 23)).padStart(2, '0')}:${String(this.prng.int(0, 59)).padStart(2, '0')}:00Z`, precision: 'datetime' }
      : { start: occurredDay, precision: 'week' };
    const near = this.prng.chance(0.4);
    const assertion: NonNullable<ReportSubmission['assertion']> = {
      occurred,
      location: {
        placeName: this.prng.chance(0.2) ? `${h.town.name} countryside` : h.town.name,
        point: { lat: round(h.lat + this.jitter(0.01)), lon: round(h.lon + this.jitter(0.01)) },
        admin1: this.prng.chance(0.75) ? h.governorate.spellings[0] : this.prng.pick(h.governorate.spellings),
        ...(h.town.admin2 && this.prng.chance(0.3) ? { admin2: h.town.admin2 } : {}),
        country: { iso3: 'SYR', name: 'Syria' },
        precision: near ? 'near_25km' : 'exact',
      },
      classification: {
        taxonomy: TAXONOMY[system],
        eventType: h.kind.eventType,
        subEventType: h.kind.subEventType,
        category: h.kind.category,
        ...(this.prng.chance(0.1) ? { tags: [this.prng.pick(['checkpoint', 'prison break', 'drone', 'oil field', 'displacement', 'camp'])] } : {}),
      },
      participants,
      ...(h.deaths > 0 || this.prng.chance(0.5) ? { fatalities: this.fatalities(h.deaths) } : {}),
      ...(this.prng.chance(0.6) ? { notes: { text: `${h.kind.subEventType} involving ${participants.map((p) => p.nameAsReported).join(' and ')} near ${h.town.name}; ${h.deaths} reported killed.`, lang: 'en' } } : {}),
    };
    const report: ReportSubmission = {
      op: 'assert',
      sourceSystem: system,
      nativeId,
      nativeRevision: '1',
      reportedAt,
      license: { attribution: `${system} (generated for Sitrep benchmarks)`, redistributable: system !== 'acled' },
      sources,
      assertion,
    };
    if (system === 'acled') report.raw = { format: 'json', body: JSON.stringify(acledRow(nativeId, report)) };
    this.remember({ index: i, system, nativeId, assertion });
    return report;
  }

  private supersedeOf(target: Eligible, i: number): ReportSubmission {
    const base = target.assertion as NonNullable<ReportSubmission['assertion']>;
    const deaths = (base.fatalities?.best ?? 0) + this.prng.int(0, 3);
    const nativeId = `${target.nativeId}-rev${i}`;
    this.remember({ index: i, system: target.system, nativeId, assertion: base });
    return {
      op: 'supersede',
      sourceSystem: target.system,
      nativeId,
      nativeRevision: '1',
      reportedAt: new Date(WINDOW_START + (this.windowDays + 30) * DAY_MS).toISOString(),
      license: { attribution: `${target.system} (generated for Sitrep benchmarks)`, redistributable: true },
      sources: this.sources(WINDOW_START + this.windowDays * DAY_MS),
      supersedes: [target.nativeId],
      assertion: { ...base, fatalities: { best: deaths, low: deaths } },
    };
  }

  private retractOf(target: Eligible, i: number): ReportSubmission {
    return {
      op: 'retract',
      sourceSystem: target.system,
      nativeId: `${target.nativeId}-retract${i}`,
      reportedAt: new Date(WINDOW_START + (this.windowDays + 30) * DAY_MS).toISOString(),
      license: { attribution: `${target.system} (generated for Sitrep benchmarks)`, redistributable: true },
      sources: [],
      supersedes: [target.nativeId],
      retractReason: this.prng.pick(RETRACT_REASONS),
    };
  }

  /** Keeps only what a later correction can still target, so a million reports fit in memory. */
  private remember(entry: Eligible): void {
    this.eligible.push(entry);
    const maxLag = this.options.maxCorrectionLag ?? 50_000;
    if (this.eligible.length > 4 * maxLag) this.eligible.splice(0, upperBound(this.eligible, entry.index - maxLag - 1));
  }

  /** A report of the same kind recorded well before this one and not corrected yet. */
  private correctionTarget(i: number): Eligible | undefined {
    const minLag = this.options.minCorrectionLag ?? 5_000;
    const maxLag = this.options.maxCorrectionLag ?? 50_000;
    const hi = upperBound(this.eligible, i - minLag);
    const lo = upperBound(this.eligible, i - maxLag - 1);
    if (hi <= lo) return undefined;
    for (let attempt = 0; attempt < 4; attempt++) {
      const candidate = this.eligible[this.prng.int(lo, hi - 1)];
      if (!this.corrected.has(candidate.nativeId)) {
        this.corrected.add(candidate.nativeId);
        return candidate;
      }
    }
    return undefined;
  }

  private newHappening(): Happening {
    let governorate = this.governorates.pick(this.prng);
    let day = WINDOW_START + this.prng.int(0, this.windowDays - 1) * DAY_MS;
    if (this.prng.chance(this.hotShare)) {
      const period = this.hot.pick(this.prng);
      governorate = GOVERNORATES[period.governorate];
      day = period.start + this.prng.int(0, period.days - 1) * DAY_MS;
    }
    const town = (this.towns.get(governorate) as Weighted<Town>).pick(this.prng);
    const kind = this.kinds.pick(this.prng);
    const [a1, a2] = (this.dyads.get(governorate) as Weighted<readonly [string, string, number]>).pick(this.prng);
    const deaths = this.prng.chance(kind.deadly) ? 1 + this.prng.geometric(0.6, 40) + (this.prng.chance(0.02) ? this.prng.int(10, 60) : 0) : 0;
    return {
      governorate,
      town,
      lat: town.lat + this.jitter(0.15),
      lon: town.lon + this.jitter(0.15),
      day,
      kind,
      actors: [a1, a2],
      deaths,
      reportsLeft: 1 + this.prng.geometric(0.45, 5),
    };
  }

  private sources(day: number): SourceRef[] {
    const count = 1 + this.prng.geometric(0.35, 3);
    const picked = new Set<number>();
    const out: SourceRef[] = [];
    for (let n = 0; n < count; n++) {
      const outlet = this.outlets.pick(this.prng);
      const key = OUTLETS.indexOf(outlet);
      if (picked.has(key)) continue;
      picked.add(key);
      const published = new Date(day + this.prng.int(1, 72) * 3_600_000).toISOString();
      out.push({
        name: outlet.name,
        url: `https://${outlet.host}/${published.slice(0, 10)}/${this.prng.int(10_000, 99_999)}`,
        publishedAt: published,
        language: outlet.language,
        scale: outlet.scale,
        reliability: outlet.reliability,
        credibility: outlet.credibility,
      });
    }
    return out;
  }

  private spell(actor: string, i: number): string {
    const spellings = ACTOR_SPELLINGS[actor];
    // Mostly the usual spelling; every so often a variant, an alias or Arabic.
    return this.prng.chance(0.8) ? spellings[0] : spellings[(i % (spellings.length - 1 || 1)) + (spellings.length > 1 ? 1 : 0)];
  }

  private fatalities(deaths: number): { best: number; low?: number; high?: number } {
    const spread = this.prng.int(0, Math.max(1, Math.round(deaths / 3)));
    return this.prng.chance(0.5) ? { best: deaths, low: Math.max(0, deaths - spread), high: deaths + spread } : { best: deaths };
  }

  private jitter(degrees: number): number {
    return (this.prng.next() * 2 - 1) * degrees;
  }
}

/** A report meant to open its own incident (an actor nobody else names), for latency probes. */
export function probeReport(tag: string, n: number, now: Date): ReportSubmission {
  const governorate = GOVERNORATES[n % 5];
  const town = governorate.towns[n % governorate.towns.length];
  const day = now.toISOString().slice(0, 10);
  return {
    op: 'assert',
    sourceSystem: 'manual',
    nativeId: `probe-${tag}-${n}`,
    nativeRevision: '1',
    reportedAt: now.toISOString(),
    license: { attribution: 'Sitrep benchmark probe', redistributable: true },
    sources: [{ name: 'Bench field desk', reliability: 'B', credibility: 2 }],
    assertion: {
      occurred: { start: day, precision: 'day' },
      location: { placeName: `${town.name} probe site ${n}`, point: { lat: town.lat, lon: town.lon }, admin1: governorate.spellings[0], country: { iso3: 'SYR', name: 'Syria' }, precision: 'exact' },
      classification: { taxonomy: 'acled', eventType: 'Battles', subEventType: 'Armed clash', category: 'battle', tags: ['bench-probe'] },
      participants: [
        { role: 'actor1', nameAsReported: `Bench probe unit ${tag}-${n}` },
        { role: 'actor2', nameAsReported: `Bench probe opponent ${tag}-${n}` },
      ],
      fatalities: { best: 0 },
    },
  };
}

function acledRow(nativeId: string, report: ReportSubmission): Record<string, string> {
  const a = report.assertion as NonNullable<ReportSubmission['assertion']>;
  return {
    event_id_cnty: nativeId,
    event_date: a.occurred.start.slice(0, 10),
    year: a.occurred.start.slice(0, 4),
    time_precision: '1',
    disorder_type: 'Political violence',
    event_type: a.classification.eventType ?? '',
    sub_event_type: a.classification.subEventType ?? '',
    actor1: a.participants[0]?.nameAsReported ?? '',
    actor2: a.participants[1]?.nameAsReported ?? '',
    iso: '760',
    country: 'Syria',
    admin1: a.location.admin1 ?? '',
    admin2: a.location.admin2 ?? '',
    location: a.location.placeName ?? '',
    latitude: String(a.location.point?.lat ?? ''),
    longitude: String(a.location.point?.lon ?? ''),
    geo_precision: a.location.precision === 'exact' ? '1' : '2',
    source: report.sources.map((s) => s.name).join('; '),
    notes: a.notes?.text ?? '',
    fatalities: String(a.fatalities?.best ?? 0),
    timestamp: String(Math.floor(Date.parse(report.reportedAt) / 1000)),
  };
}

function round(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}

/** First index whose report index is greater than `index`. */
function upperBound(items: Eligible[], index: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid].index <= index) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
