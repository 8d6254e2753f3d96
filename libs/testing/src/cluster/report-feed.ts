import { deriveReportId, exampleSubmission, type ReportSubmission, type SourceSystem } from '@sitrep/contracts';
import { SeededRandom } from './seeded-random';

const GOVERNORATES = ['Al Hasakah', 'Deir ez-Zor', 'Raqqa', 'Aleppo', 'Idlib', 'Daraa', 'Homs'] as const;
const ACTORS = ['Islamic State (Syria)', 'SDF: Syrian Democratic Forces', 'Military Forces of Turkey', 'Syrian National Army', 'HTS: Hayat Tahrir al Sham', 'Military Forces of Syria'] as const;
const SYSTEMS: readonly SourceSystem[] = ['acled', 'manual', 'liveuamap', 'gdelt'];
const KINDS = [
  { eventType: 'Battles', subEventType: 'Armed clash', category: 'battle' },
  { eventType: 'Explosions/Remote violence', subEventType: 'Shelling/artillery/missile attack', category: 'explosion_remote' },
  { eventType: 'Explosions/Remote violence', subEventType: 'Air/drone strike', category: 'explosion_remote' },
] as const;

/** A report of the feed with the id Sitrep will derive for it. */
export interface FedReport {
  index: number;
  reportId: string;
  submission: ReportSubmission;
}

/**
 * N valid reports, the same for the same seed, tag and day: several sources per happening (merges),
 * a spread of governorates, days of 2022 and dyads (so every partition gets work), about 4 % tagged
 * `prison` in Hasakah in the weeks before `now` (what a test alert rule matches: alert rules ignore
 * reports far older than their arrival), and about 3 % corrections of a report at least
 * `correctionLag` earlier (so it was usually recorded first; if not, ingest refuses the correction).
 */
export function reportFeed(count: number, seed: number, tag: string, correctionLag = 400, now = new Date()): FedReport[] {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const random = new SeededRandom(seed);
  const feed: FedReport[] = [];
  for (let index = 0; index < count; index++) {
    const target = index >= correctionLag && random.chance(0.03) ? feed[random.int(0, index - correctionLag)] : undefined;
    const submission = target && target.submission.op === 'assert' ? correctionOf(target, index) : assertion(random, index, tag, today);
    feed.push({ index, reportId: deriveReportId(submission.sourceSystem, submission.nativeId, submission.nativeRevision), submission });
  }
  return feed;
}

function assertion(random: SeededRandom, index: number, tag: string, today: number): ReportSubmission {
  const template = exampleSubmission();
  const happening = Math.floor(index / 2) + random.int(0, 1);
  const prison = random.chance(0.04);
  const dayMs = prison ? today - (1 + (happening % 20)) * 86_400_000 : Date.UTC(2022, 0, 1) + (happening % 365) * 86_400_000;
  const day = new Date(dayMs).toISOString().slice(0, 10);
  const admin1 = prison ? 'Al Hasakah' : GOVERNORATES[happening % GOVERNORATES.length];
  const kind = KINDS[happening % KINDS.length];
  const [a1, a2] = [ACTORS[happening % ACTORS.length], ACTORS[(happening + 1 + (happening % 3)) % ACTORS.length]];
  const best = random.int(0, 12);
  const assertion = template.assertion as NonNullable<ReportSubmission['assertion']>;
  return {
    ...template,
    sourceSystem: random.pick(SYSTEMS),
    nativeId: `${tag}-${index}`,
    nativeRevision: '1',
    reportedAt: `${day}T20:00:00Z`,
    assertion: {
      ...assertion,
      occurred: { start: day, precision: 'day' },
      location: { placeName: `${admin1} site ${happening % 17}`, admin1, country: { iso3: 'SYR', name: 'Syria' }, precision: 'adm1' },
      classification: { taxonomy: 'acled', ...kind, ...(prison ? { tags: ['prison'] } : {}) },
      participants: [
        { role: 'actor1', nameAsReported: a1 },
        { role: 'actor2', nameAsReported: a2 },
      ],
      fatalities: { low: best, best, high: best + random.int(0, 3) },
      notes: { text: `Feed ${tag} report ${index}.`, lang: 'en' },
    },
  };
}

function correctionOf(target: FedReport, index: number): ReportSubmission {
  const base = target.submission;
  const assertion = base.assertion as NonNullable<ReportSubmission['assertion']>;
  const best = (assertion.fatalities?.best ?? 0) + 1;
  return {
    ...base,
    op: 'supersede',
    nativeId: `${base.nativeId}-rev${index}`,
    supersedes: [base.nativeId],
    assertion: { ...assertion, fatalities: { low: best, best, high: best + 1 } },
  };
}
