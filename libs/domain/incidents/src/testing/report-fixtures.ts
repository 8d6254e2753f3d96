import type { Category, Fatalities, LogPosition, Participant, ReportRecorded, RetractReason, SourceRef, SourceSystem, TimePrecision } from '@sitrep/contracts';

/** UCDP actor ids (UCDP Actor Dataset 22.1) used across the Hasakah scenario. */
export const ISIS = { role: 'actor1', nameAsReported: 'Islamic State (ISIS)', actorId: 'ucdp:234' } as const satisfies Participant;
export const SDF = { role: 'actor2', nameAsReported: 'Syrian Democratic Forces', actorId: 'ucdp:6288' } as const satisfies Participant;
export const TURKEY = { role: 'actor1', nameAsReported: 'Military Forces of Turkey', actorId: 'ucdp:115' } as const satisfies Participant;

/** Al-Sina'a (Ghwayran) prison, Hasakah city. */
export const PRISON_POINT = { lat: 36.476929, lon: 40.762153 };

/** What a test says about a report; everything else defaults to the prison attack of 20 Jan 2022. */
export interface ClaimSpec {
  reportId: string;
  sourceSystem?: SourceSystem;
  nativeId?: string;
  receivedAt?: string;
  supersedes?: string[];
  day?: string;
  precision?: TimePrecision;
  canonicalAdmin1?: string;
  admin2?: string;
  placeName?: string;
  point?: { lat: number; lon: number };
  participants?: Participant[];
  fatalities?: Fatalities;
  eventType?: string;
  category?: Category;
  sources?: SourceRef[];
}

export function source(name: string, grade: `${SourceRef['reliability']}${SourceRef['credibility']}`, url?: string): SourceRef {
  const reliability = grade[0] as SourceRef['reliability'];
  const credibility = Number(grade[1]) as SourceRef['credibility'];
  return { name, reliability, credibility, ...(url !== undefined && { url }) };
}

/** An assert (or, with `supersedes`, a supersede) record. */
export function claim(spec: ClaimSpec): ReportRecorded {
  const supersedes = spec.supersedes ?? [];
  return {
    ...envelope(spec.reportId, spec.sourceSystem ?? 'manual', spec.nativeId ?? spec.reportId, spec.receivedAt),
    op: supersedes.length > 0 ? 'supersede' : 'assert',
    supersedesReportIds: supersedes,
    sources: spec.sources ?? [source('Rudaw', 'B2')],
    assertion: {
      occurred: { start: spec.day ?? '2022-01-20', precision: spec.precision ?? 'day' },
      location: {
        placeName: spec.placeName ?? "Al-Sina'a Prison",
        ...(spec.point !== undefined && { point: spec.point }),
        admin1: spec.canonicalAdmin1 ?? 'Hassakah',
        canonicalAdmin1: spec.canonicalAdmin1 ?? 'Al Hasakah',
        ...(spec.admin2 !== undefined && { admin2: spec.admin2 }),
        country: { iso3: 'SYR', name: 'Syria' },
        precision: 'exact',
      },
      classification: { taxonomy: 'acled', eventType: spec.eventType ?? 'Battles', category: spec.category ?? 'battle' },
      participants: spec.participants ?? [ISIS, SDF],
      ...(spec.fatalities !== undefined && { fatalities: spec.fatalities }),
    },
  };
}

/** A retract record withdrawing `targets`. */
export function retraction(reportId: string, targets: string[], reason: RetractReason, receivedAt?: string): ReportRecorded {
  return {
    ...envelope(reportId, 'manual', reportId, receivedAt),
    op: 'retract',
    supersedesReportIds: targets,
    retractReason: reason,
    sources: [],
  };
}

function envelope(reportId: string, sourceSystem: SourceSystem, nativeId: string, receivedAt = '2022-01-20T18:00:00Z') {
  return {
    reportId,
    schemaVersion: 1 as const,
    receivedAt,
    reportedAt: receivedAt,
    logKey: 'SYR|Al Hasakah|2022-01-20',
    sourceSystem,
    nativeId,
    license: { attribution: 'test fixture', redistributable: true },
  };
}

export function at(offset: number, partition = 0): LogPosition {
  return { partition, offset: String(offset) };
}
