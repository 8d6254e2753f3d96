// The query API's response shapes, as the dashboard reads them (services/query-api/src/**/*.response.ts).
// Copied, not imported: the dashboard talks HTTP and depends on no other project.

export interface IncidentActor {
  key: string;
  name: string;
  roles: string[];
}

export interface IncidentLocation {
  country: { iso3: string; name?: string };
  admin1?: string;
  admin1Id?: string;
  admin1AsReported?: string;
  admin2?: string;
  placeName?: string;
  point?: { lat: number; lon: number };
  precision: string;
}

export interface IncidentSummary {
  id: string;
  status: 'active' | 'retracted' | 'merged';
  mergedInto?: string;
  version: number;
  occurred: { start: string; end: string; precision: string };
  location: IncidentLocation;
  eventType?: string;
  subEventType?: string;
  category: string;
  actors: IncidentActor[];
  fatalities: { best?: number; low?: number; high?: number };
  tags: string[];
  bestSourceGrade?: string;
  reportCount: number;
  sourceCount: number;
  firstReportedAt: string;
  lastUpdatedAt: string;
}

export interface TimelinePage {
  items: IncidentSummary[];
  nextCursor: string | null;
  asOf?: string;
}

export interface ReportSource {
  name: string;
  publisher?: string;
  url?: string;
  archiveUrl?: string;
  publishedAt?: string;
  language?: string;
  grade: string;
  gradeLabel: string;
}

export interface ReportClaim {
  notes?: { text: string; lang?: string };
  location?: { placeName?: string; description?: string };
  fatalities?: { best?: number; low?: number; high?: number };
}

export interface IncidentReport {
  reportId: string;
  state: 'current' | 'superseded' | 'retracted';
  op: string;
  sourceSystem: string;
  nativeId: string;
  nativeRevision?: string;
  reportedAt: string;
  receivedAt: string;
  supersededBy?: string;
  retractedBy?: string;
  retractReason?: string;
  supersedes?: string[];
  sources: ReportSource[];
  license: { attribution?: string; spdx?: string; redistributable?: boolean };
  claim?: ReportClaim;
}

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface IncidentVersion {
  version: number;
  validFrom: string;
  validTo: string | null;
  status: string;
  changes: FieldChange[];
}

export interface MergedDuplicate {
  id: string;
  version: number;
  mergedAt: string;
  placeName?: string;
  occurredStart: string;
}

export interface IncidentDetail extends IncidentSummary {
  sourceSystems: string[];
  reports: IncidentReport[];
  versions: IncidentVersion[];
  mergedDuplicates: MergedDuplicate[];
  asOf?: string;
}

export interface Governorate {
  id: string;
  name: string;
  nameAr: string;
  incidents: number;
  fatalities: number;
  lastIncidentDate: string | null;
}

export interface Actor {
  id: string;
  name: string;
  aliases: string[];
  kind?: string;
  parent?: { id: string; name: string };
  registered: boolean;
  incidents: number;
  fatalities: number;
  firstSeen: string | null;
  lastSeen: string | null;
}

export interface ActivityBucket {
  period: string;
  admin1: string;
  eventType: string;
  incidents: number;
  fatalities: number;
}

export interface Interaction {
  with: { key: string; name: string; registered: boolean };
  incidents: number;
  firstDay: string;
  lastDay: string;
}

export interface ActorActivity {
  actor: { key: string; name: string; registered: boolean };
  granularity: string;
  buckets: ActivityBucket[];
  interactions: Interaction[];
  presence: Array<{ admin1: string; admin1Id?: string; incidents: number; firstSeen: string; lastSeen: string }>;
  window: { window: string; start: string; end: string; incidents: number; expected: number; ratio: number | null } | null;
}
