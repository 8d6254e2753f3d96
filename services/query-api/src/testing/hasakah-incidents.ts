import type { Incident } from '@sitrep/domain-incidents';
import { incident, src, type ActorSpec, type IncidentSpec, type ReportSpec } from './incident-fixture';
import type { ReadModelFixture } from './read-model-fixture';

/**
 * Hasakah, January 2022, written by hand for these tests (figures, grades and sources illustrative):
 * IS's attack on al-Sina'a (Ghwayran) prison and three versions of what we knew about it, a
 * duplicate merged into it, Turkish shelling of Tel Tamr and Ain Issa, a retracted GDELT item, an
 * arrest by an actor the registry does not know, and an IS attack in Deir ez-Zor the day before.
 */
export const ISIS: ActorSpec = { key: 'ucdp:234', name: 'Islamic State (ISIS)', roles: ['actor1'] };
export const SDF: ActorSpec = { key: 'ucdp:6288', name: 'Syrian Democratic Forces', roles: ['actor2'] };
export const TURKEY: ActorSpec = { key: 'ucdp:115', name: 'Military Forces of Turkey (2016-)', roles: ['actor1'] };
export const ASAYISH: ActorSpec = { key: 'name:asayish', name: 'Asayish', roles: ['actor1'] };

const PRISON_PLACE = "Al-Sina'a Prison (سجن الصناعة), Ghwayran";
const rudaw: ReportSpec = { reportId: 'r-rudaw-1', sourceSystem: 'manual', nativeId: 'rudaw-2022-01-20-sinaa', receivedAt: '2022-01-20T19:05:00.000Z', sources: [src('Rudaw', 'B2', 'https://www.rudaw.net/english/middleeast/syria/200120221')] };
const centcom: ReportSpec = { reportId: 'r-centcom-1', sourceSystem: 'manual', nativeId: 'centcom-2022-01-21', receivedAt: '2022-01-21T08:30:00.000Z', sources: [src('US CENTCOM statement', 'B1', 'https://www.centcom.mil/MEDIA/STATEMENTS/sinaa')] };
const acled: ReportSpec = { reportId: 'r-acled-1', sourceSystem: 'acled', nativeId: 'SYR112233', nativeRevision: '1642932000', receivedAt: '2022-01-23T10:00:00.000Z', op: 'supersede', supersedesReportIds: ['r-rudaw-1'], sources: [src('SOHR', 'C2'), src('Kurdistan 24', 'B3', 'https://www.kurdistan24.net/en/story/sinaa')] };

const prisonBase: IncidentSpec = {
  id: 'inc-prison', firstReportedAt: rudaw.receivedAt, lastUpdatedAt: rudaw.receivedAt, day: '2022-01-20',
  admin1: 'الحسكة', canonicalAdmin1: 'Al Hasakah', admin2: 'Al Hasakah', placeName: PRISON_PLACE,
  point: { lat: 36.476929, lon: 40.762153 }, eventType: 'Explosions/Remote violence', subEventType: 'Suicide bomb',
  category: 'explosion_remote', actors: [ISIS, SDF], fatalities: { best: 20 }, tags: ['prison break'],
  notes: 'IS car bomb at the prison gate, then clashes with the SDF', reports: [rudaw],
};

export const PRISON: Incident[] = [
  incident(prisonBase),
  incident({
    ...prisonBase, version: 2, lastUpdatedAt: centcom.receivedAt, eventType: 'Battles', subEventType: 'Armed clash', category: 'battle',
    fatalities: { best: 20, low: 20, high: 28 }, reports: [rudaw, centcom],
  }),
  incident({
    ...prisonBase, version: 3, lastUpdatedAt: acled.receivedAt, eventType: 'Battles', subEventType: 'Armed clash', category: 'battle',
    fatalities: { best: 28, low: 28, high: 120 },
    reports: [{ ...rudaw, state: 'superseded', supersededBy: 'r-acled-1' }, centcom, acled],
  }),
];

const dupBase: IncidentSpec = {
  ...prisonBase, id: 'inc-prison-dup', firstReportedAt: '2022-01-20T20:00:00.000Z', lastUpdatedAt: '2022-01-20T20:00:00.000Z',
  placeName: 'Ghwayran prison, Hasakah', tags: [],
  reports: [{ reportId: 'r-lum-1', sourceSystem: 'liveuamap', nativeId: 'lum-884512', receivedAt: '2022-01-20T20:00:00.000Z', sources: [src('Liveuamap', 'C3')] }],
};
export const PRISON_DUPLICATE: Incident[] = [
  incident(dupBase),
  incident({ ...dupBase, version: 2, status: 'merged', mergedInto: 'inc-prison', lastUpdatedAt: '2022-01-21T09:00:00.000Z' }),
];

export const TEL_TAMR: Incident[] = [
  incident({
    id: 'inc-tel-tamr', firstReportedAt: '2022-01-21T15:00:00.000Z', lastUpdatedAt: '2022-01-21T15:00:00.000Z', day: '2022-01-21',
    admin1: 'Hassakah', canonicalAdmin1: 'Al Hasakah', admin2: 'Al Hasakah', placeName: 'Tell Tamer (تل تمر)',
    point: { lat: 36.6473, lon: 40.3715 }, eventType: 'Explosions/Remote violence', subEventType: 'Shelling/artillery/missile attack',
    category: 'explosion_remote', actors: [TURKEY, SDF], fatalities: { best: 2 }, tags: ['cross-border'],
    reports: [{ reportId: 'r-anha-1', sourceSystem: 'manual', nativeId: 'anha-2022-01-21', receivedAt: '2022-01-21T15:00:00.000Z', sources: [src('ANHA', 'C2', 'https://hawarnews.com/en/teltamr-shelling')] }],
  }),
];

export const AIN_ISSA: Incident[] = [
  incident({
    id: 'inc-ain-issa', firstReportedAt: '2022-01-22T14:00:00.000Z', lastUpdatedAt: '2022-01-22T14:00:00.000Z', day: '2022-01-22',
    admin1: 'Raqqa', canonicalAdmin1: 'Ar Raqqah', admin2: 'Tell Abiad', placeName: 'Ain Issa (عين عيسى)',
    point: { lat: 36.3853, lon: 38.8594 }, eventType: 'Explosions/Remote violence', subEventType: 'Shelling/artillery/missile attack',
    category: 'explosion_remote', actors: [TURKEY, SDF], fatalities: { best: 0 }, tags: ['cross-border'],
    reports: [{ reportId: 'r-npa-1', sourceSystem: 'manual', nativeId: 'npa-2022-01-22', receivedAt: '2022-01-22T14:00:00.000Z', sources: [src('North Press Agency', 'B3', 'https://npasyria.com/en/ain-issa')] }],
  }),
];

const qamishli: IncidentSpec = {
  id: 'inc-qamishli', firstReportedAt: '2022-01-21T12:00:00.000Z', lastUpdatedAt: '2022-01-21T12:00:00.000Z', day: '2022-01-21',
  admin1: 'Hasakah', canonicalAdmin1: 'Al Hasakah', admin2: 'Qamishli', placeName: 'Qamishli', point: { lat: 37.0522, lon: 41.2308 },
  eventType: 'Battles', subEventType: 'Armed clash', category: 'battle', actors: [ISIS, SDF], fatalities: {},
  reports: [{ reportId: 'r-gdelt-1', sourceSystem: 'gdelt', nativeId: '1026458133', receivedAt: '2022-01-21T12:00:00.000Z', sources: [src('GDELT', 'F6')] }],
};
export const QAMISHLI_RETRACTED: Incident[] = [
  incident(qamishli),
  incident({
    ...qamishli, version: 2, status: 'retracted', lastUpdatedAt: '2022-01-22T12:00:00.000Z',
    reports: [
      { ...qamishli.reports[0], state: 'retracted' },
      { reportId: 'r-gdelt-retract', sourceSystem: 'gdelt', nativeId: '1026458133', receivedAt: '2022-01-22T12:00:00.000Z', op: 'retract', supersedesReportIds: ['r-gdelt-1'], sources: [] },
    ],
  }),
];

export const ASAYISH_ARRESTS: Incident[] = [
  incident({
    id: 'inc-asayish', firstReportedAt: '2022-01-24T09:00:00.000Z', lastUpdatedAt: '2022-01-24T09:00:00.000Z', day: '2022-01-24',
    admin1: 'Al Hasakah', canonicalAdmin1: 'Al Hasakah', admin2: 'Al Hasakah', placeName: 'Ghwayran neighbourhood',
    eventType: 'Strategic developments', subEventType: 'Arrests', category: 'strategic_development', actors: [ASAYISH],
    fatalities: { best: 0 }, tags: [],
    reports: [{ reportId: 'r-sohr-2', sourceSystem: 'manual', nativeId: 'sohr-2022-01-24', receivedAt: '2022-01-24T09:00:00.000Z', sources: [src('SOHR', 'D4')] }],
  }),
];

export const DEIR_EZ_ZOR: Incident[] = [
  incident({
    id: 'inc-busayrah', firstReportedAt: '2022-01-19T20:00:00.000Z', lastUpdatedAt: '2022-01-19T20:00:00.000Z', day: '2022-01-19',
    admin1: 'Deir ez-Zor', canonicalAdmin1: 'Deir ez-Zor', admin2: 'Deir ez-Zor', placeName: 'Al-Busayrah checkpoint',
    point: { lat: 35.1542, lon: 40.4264 }, eventType: 'Battles', subEventType: 'Armed clash', category: 'battle',
    actors: [ISIS, SDF], fatalities: { best: 3 },
    reports: [{ reportId: 'r-dez-1', sourceSystem: 'manual', nativeId: 'deirezzor24-2022-01-19', receivedAt: '2022-01-19T20:00:00.000Z', sources: [src('Deir Ezzor 24', 'B3')] }],
  }),
];

export const ALL_HISTORIES = [PRISON, PRISON_DUPLICATE, TEL_TAMR, AIN_ISSA, QAMISHLI_RETRACTED, ASAYISH_ARRESTS, DEIR_EZ_ZOR];

/** Writes every story above into the read model. */
export async function seedHasakah(fixture: ReadModelFixture): Promise<void> {
  for (const history of ALL_HISTORIES) await fixture.history(history);
}
