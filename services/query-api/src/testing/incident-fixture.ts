import type { Category, Credibility, Fatalities, ParticipantRole, Reliability, ReportOp, SourceRef, SourceSystem } from '@sitrep/contracts';
import type { Incident, IncidentReport, IncidentStatus, IncidentView, ReportState } from '@sitrep/domain-incidents';

/** A source as fixtures write it: name and Admiralty grade, e.g. `src('Rudaw', 'B2', url)`. */
export function src(name: string, grade: `${Reliability}${Credibility}`, url?: string): SourceRef {
  return { name, reliability: grade[0] as Reliability, credibility: Number(grade[1]) as Credibility, ...(url !== undefined && { url }) };
}

export interface ReportSpec {
  reportId: string;
  sourceSystem: SourceSystem;
  nativeId: string;
  nativeRevision?: string;
  receivedAt: string;
  reportedAt?: string;
  op?: ReportOp;
  state?: ReportState;
  supersededBy?: string;
  supersedesReportIds?: string[];
  sources: SourceRef[];
}

export interface ActorSpec {
  key: string;
  name: string;
  roles: ParticipantRole[];
}

/** One version of an incident as a test states it; everything else is derived as the projector would. */
export interface IncidentSpec {
  id: string;
  version?: number;
  status?: IncidentStatus;
  mergedInto?: string;
  firstReportedAt: string;
  lastUpdatedAt: string;
  day: string;
  admin1: string;
  canonicalAdmin1?: string;
  admin2?: string;
  placeName: string;
  point?: { lat: number; lon: number };
  eventType?: string;
  subEventType?: string;
  category: Category;
  actors: ActorSpec[];
  fatalities: Fatalities;
  tags?: string[];
  notes?: string;
  reports: ReportSpec[];
}

const LICENSE = { spdx: 'CC0-1.0', attribution: 'Sitrep test fixture, written by hand', redistributable: true };

export function incident(spec: IncidentSpec): Incident {
  const reports = spec.reports.map((r) => toReport(r, spec));
  const standing = reports.filter((r) => r.state === 'current' && r.op !== 'retract');
  return {
    incidentId: spec.id,
    mergeKey: `SYR|${spec.canonicalAdmin1 ?? spec.admin1}|${spec.day}`,
    status: spec.status ?? 'active',
    ...(spec.mergedInto !== undefined && { mergedInto: spec.mergedInto }),
    version: spec.version ?? 1,
    firstReportedAt: spec.firstReportedAt,
    lastUpdatedAt: spec.lastUpdatedAt,
    position: { partition: 0, offset: String(spec.version ?? 1) },
    reports,
    view: viewOf(spec, spec.status === 'retracted' ? [] : standing),
  };
}

function viewOf(spec: IncidentSpec, standing: IncidentReport[]): IncidentView {
  const sources = (standing.length > 0 ? standing : spec.reports).flatMap((r) => r.sources);
  const grade = sources.length === 0 ? undefined : `${sources.map((s) => s.reliability).sort()[0]}${Math.min(...sources.map((s) => s.credibility))}`;
  const view: Omit<IncidentView, 'text'> = {
    occurred: { start: spec.day, end: spec.day, precision: 'day' },
    location: {
      country: { iso3: 'SYR', name: 'Syria' },
      ...(spec.canonicalAdmin1 !== undefined && { canonicalAdmin1: spec.canonicalAdmin1 }),
      admin1: spec.admin1,
      ...(spec.admin2 !== undefined && { admin2: spec.admin2 }),
      placeName: spec.placeName,
      ...(spec.point !== undefined && { point: spec.point }),
      precision: spec.point !== undefined ? 'exact' : 'adm2',
    },
    ...(spec.eventType !== undefined && { eventType: spec.eventType }),
    ...(spec.subEventType !== undefined && { subEventType: spec.subEventType }),
    category: spec.category,
    actors: spec.actors.map((a) => ({ ...a, ...(a.key.startsWith('name:') ? {} : { actorId: a.key }) })),
    fatalities: spec.fatalities,
    tags: spec.tags ?? [],
    ...(grade !== undefined && { bestSourceGrade: grade }),
    sourceCount: new Set(standing.flatMap((r) => r.sources.map((s) => s.url ?? s.name))).size,
    reportCount: standing.length,
    sourceSystems: [...new Set(spec.reports.map((r) => r.sourceSystem))].sort(),
  };
  const text = [spec.placeName, spec.admin2, spec.canonicalAdmin1, spec.admin1, 'Syria', spec.eventType, spec.subEventType, ...spec.actors.map((a) => a.name), ...(spec.tags ?? []), spec.notes];
  return { ...view, text: [...new Set(text.filter((t): t is string => t !== undefined))].join(' ') };
}

function toReport(r: ReportSpec, spec: IncidentSpec): IncidentReport {
  const op = r.op ?? 'assert';
  return {
    reportId: r.reportId,
    sourceSystem: r.sourceSystem,
    nativeId: r.nativeId,
    ...(r.nativeRevision !== undefined && { nativeRevision: r.nativeRevision }),
    receivedAt: r.receivedAt,
    reportedAt: r.reportedAt ?? r.receivedAt,
    op,
    state: r.state ?? 'current',
    ...(r.supersededBy !== undefined && { supersededBy: r.supersededBy }),
    ...(r.supersedesReportIds !== undefined && { supersedesReportIds: r.supersedesReportIds }),
    ...(op !== 'retract' && {
      assertion: {
        occurred: { start: spec.day, precision: 'day' as const },
        location: { placeName: spec.placeName, admin1: spec.admin1, country: { iso3: 'SYR', name: 'Syria' }, precision: 'exact' as const },
        classification: { taxonomy: 'acled' as const, category: spec.category, ...(spec.eventType !== undefined && { eventType: spec.eventType }) },
        participants: spec.actors.map((a) => ({ role: a.roles[0], nameAsReported: a.name })),
        fatalities: spec.fatalities,
      },
    }),
    sources: r.sources,
    license: LICENSE,
  };
}
