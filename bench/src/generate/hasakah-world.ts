import type { Category, Reliability, Credibility, SourceScale } from '@sitrep/contracts';

/**
 * The world the generated reports describe: Syria's governorates, towns, actors and outlets as in
 * the analysts' Hasakah story, written by us from general knowledge (coordinates approximate).
 * Weights give the skew of real conflict data: Hasakah and Deir ez-Zor, and the ISIS/SDF/Turkey
 * dyads, dominate; a long tail of places and local armed groups follows.
 */
export interface Town {
  name: string;
  lat: number;
  lon: number;
  admin2?: string;
}

export interface GovernorateProfile {
  /** Spellings as sources write them; the first is the canonical one. */
  spellings: readonly string[];
  weight: number;
  towns: readonly Town[];
  /** Who fights whom here, weighted: [actor1, actor2, weight]. */
  dyads: ReadonlyArray<readonly [string, string, number]>;
}

const ISIS = ['Islamic State (Syria)', 'ISIS', 'Daesh', 'داعش', 'Islamic State'];
const SDF = ['Syrian Democratic Forces (SDF)', 'SDF', 'قسد', 'Syrian Democratic Forces'];
const TURKEY = ['Military Forces of Turkey', 'Turkish Armed Forces', 'TSK'];
const SNA = ['Syrian National Army', 'SNA', 'Turkish-backed Syrian National Army'];
const SYRIA = ['Military Forces of Syria', 'Syrian Arab Army', 'SAA'];
const RUSSIA = ['Military Forces of Russia', 'Russian Air Force'];
const COALITION = ['US-led Coalition', 'International Coalition', 'CJTF-OIR'];
const HTS = ['Hayat Tahrir al-Sham', 'HTS'];
const UNIDENTIFIED = ['Unidentified Armed Group (Syria)', 'Unknown gunmen'];
const CIVILIANS = ['Civilians (Syria)'];
const ISRAEL = ['Military Forces of Israel', 'Israeli Air Force'];
const YPG = ["People's Protection Units", 'YPG'];

/** Actor groups by a short code, each with the spellings sources use (first is the usual one). */
export const ACTOR_SPELLINGS: Readonly<Record<string, readonly string[]>> = {
  ISIS, SDF, TURKEY, SNA, SYRIA, RUSSIA, COALITION, HTS, UNIDENTIFIED, CIVILIANS, ISRAEL, YPG,
};

export const GOVERNORATES: readonly GovernorateProfile[] = [
  {
    spellings: ['Al Hasakah', 'Hasakah', 'Hassakeh', 'الحسكة', 'Haseke'],
    weight: 30,
    towns: [
      { name: 'Hasakah city', lat: 36.5, lon: 40.75, admin2: 'Al Hasakah' },
      { name: "al-Sina'a prison, Ghwayran", lat: 36.494, lon: 40.739, admin2: 'Al Hasakah' },
      { name: 'Qamishli', lat: 37.05, lon: 41.22, admin2: 'Qamishli' },
      { name: 'Tel Tamr', lat: 36.65, lon: 40.37, admin2: 'Al Hasakah' },
      { name: 'Ras al-Ain', lat: 36.85, lon: 40.07, admin2: 'Ras al-Ain' },
      { name: 'al-Hol camp', lat: 36.38, lon: 41.15, admin2: 'Al Hasakah' },
      { name: 'Shaddadi', lat: 36.06, lon: 40.73, admin2: 'Al Hasakah' },
      { name: 'Amuda', lat: 37.1, lon: 40.93, admin2: 'Qamishli' },
      { name: 'Derbasiyah', lat: 37.07, lon: 40.65, admin2: 'Ras al-Ain' },
      { name: 'Malikiyah', lat: 37.17, lon: 42.14, admin2: 'Al-Malikiyah' },
      { name: 'Tal Hamis', lat: 36.92, lon: 41.33, admin2: 'Qamishli' },
      { name: 'Markadah', lat: 35.77, lon: 40.75, admin2: 'Al Hasakah' },
    ],
    dyads: [['ISIS', 'SDF', 40], ['TURKEY', 'SDF', 25], ['SNA', 'SDF', 12], ['UNIDENTIFIED', 'SDF', 8], ['COALITION', 'ISIS', 6], ['SYRIA', 'SDF', 4], ['ISIS', 'CIVILIANS', 5]],
  },
  {
    spellings: ['Deir ez-Zor', 'Deir Ezzor', 'دير الزور', 'Dayr az Zawr'],
    weight: 20,
    towns: [
      { name: 'al-Shuhayl', lat: 35.12, lon: 40.37 },
      { name: 'Deir ez-Zor city', lat: 35.33, lon: 40.14 },
      { name: 'al-Mayadin', lat: 35.02, lon: 40.45 },
      { name: 'al-Bukamal', lat: 34.45, lon: 40.92 },
      { name: 'Hajin', lat: 34.7, lon: 40.83 },
      { name: 'al-Busayrah', lat: 35.15, lon: 40.43 },
      { name: 'Gharanij', lat: 34.76, lon: 40.78 },
      { name: 'Diban', lat: 35.07, lon: 40.41 },
      { name: 'Thiban', lat: 35.01, lon: 40.52 },
    ],
    dyads: [['ISIS', 'SDF', 35], ['UNIDENTIFIED', 'SDF', 20], ['ISIS', 'SYRIA', 15], ['COALITION', 'ISIS', 10], ['ISRAEL', 'SYRIA', 5], ['ISIS', 'CIVILIANS', 8], ['RUSSIA', 'ISIS', 7]],
  },
  {
    spellings: ['Aleppo', 'Halab', 'حلب'],
    weight: 14,
    towns: [
      { name: 'Kobani', lat: 36.89, lon: 38.35 },
      { name: 'Manbij', lat: 36.53, lon: 37.95 },
      { name: 'Tal Rifaat', lat: 36.47, lon: 37.1 },
      { name: 'al-Bab', lat: 36.37, lon: 37.52 },
      { name: 'Afrin', lat: 36.51, lon: 36.87 },
      { name: 'Azaz', lat: 36.59, lon: 37.04 },
      { name: 'Jarabulus', lat: 36.82, lon: 38.01 },
      { name: 'Aleppo city', lat: 36.2, lon: 37.16 },
    ],
    dyads: [['TURKEY', 'SDF', 35], ['SNA', 'SDF', 25], ['TURKEY', 'YPG', 10], ['SYRIA', 'SNA', 10], ['UNIDENTIFIED', 'SNA', 10], ['RUSSIA', 'SNA', 5]],
  },
  {
    spellings: ['Idlib', 'Idleb', 'إدلب'],
    weight: 12,
    towns: [
      { name: 'Idlib city', lat: 35.93, lon: 36.63 },
      { name: 'Maarrat al-Numan', lat: 35.65, lon: 36.67 },
      { name: 'Saraqib', lat: 35.86, lon: 36.8 },
      { name: 'Jisr al-Shughur', lat: 35.81, lon: 36.32 },
      { name: 'Ariha', lat: 35.81, lon: 36.61 },
      { name: 'Sarmada', lat: 36.18, lon: 36.72 },
    ],
    dyads: [['SYRIA', 'HTS', 45], ['RUSSIA', 'HTS', 25], ['SYRIA', 'CIVILIANS', 15], ['UNIDENTIFIED', 'HTS', 10], ['COALITION', 'HTS', 5]],
  },
  {
    spellings: ['Ar Raqqah', 'Raqqa', 'الرقة'],
    weight: 8,
    towns: [
      { name: 'Ain Issa', lat: 36.38, lon: 38.87 },
      { name: 'Raqqa city', lat: 35.95, lon: 39.01 },
      { name: 'Tabqa', lat: 35.84, lon: 38.55 },
      { name: 'Tal Abyad', lat: 36.7, lon: 38.95 },
      { name: 'Maadan', lat: 35.74, lon: 39.64 },
    ],
    dyads: [['TURKEY', 'SDF', 40], ['ISIS', 'SDF', 30], ['SNA', 'SDF', 20], ['UNIDENTIFIED', 'SDF', 10]],
  },
  {
    spellings: ['Hama', 'حماة'],
    weight: 4,
    towns: [
      { name: 'Hama city', lat: 35.13, lon: 36.75 },
      { name: 'Salamiyah', lat: 35.01, lon: 37.05 },
      { name: 'Kafr Zita', lat: 35.38, lon: 36.6 },
    ],
    dyads: [['SYRIA', 'HTS', 50], ['ISIS', 'SYRIA', 30], ['RUSSIA', 'HTS', 20]],
  },
  {
    spellings: ['Daraa', "Dar'a", 'درعا'],
    weight: 4,
    towns: [
      { name: 'Daraa city', lat: 32.62, lon: 36.1 },
      { name: 'Tafas', lat: 32.74, lon: 36.07 },
      { name: 'Nawa', lat: 32.89, lon: 36.04 },
      { name: 'Jasim', lat: 32.99, lon: 36.06 },
    ],
    dyads: [['UNIDENTIFIED', 'SYRIA', 60], ['SYRIA', 'CIVILIANS', 25], ['ISIS', 'SYRIA', 15]],
  },
  {
    spellings: ['Homs', 'حمص'],
    weight: 3,
    towns: [
      { name: 'Palmyra', lat: 34.56, lon: 38.27 },
      { name: 'Homs city', lat: 34.73, lon: 36.72 },
      { name: 'al-Qusayr', lat: 34.51, lon: 36.58 },
    ],
    dyads: [['ISIS', 'SYRIA', 60], ['RUSSIA', 'ISIS', 25], ['ISRAEL', 'SYRIA', 15]],
  },
  {
    spellings: ['Rif Dimashq', 'Rural Damascus', 'ريف دمشق'],
    weight: 2,
    towns: [
      { name: 'Douma', lat: 33.57, lon: 36.4 },
      { name: 'Yabroud', lat: 33.97, lon: 36.66 },
    ],
    dyads: [['ISRAEL', 'SYRIA', 60], ['UNIDENTIFIED', 'SYRIA', 40]],
  },
  { spellings: ['Latakia', 'اللاذقية'], weight: 1, towns: [{ name: 'Latakia city', lat: 35.52, lon: 35.79 }], dyads: [['SYRIA', 'HTS', 70], ['ISRAEL', 'SYRIA', 30]] },
  { spellings: ['As-Suwayda', 'Sweida', 'السويداء'], weight: 1, towns: [{ name: 'Suwayda city', lat: 32.71, lon: 36.57 }, { name: 'Shahba', lat: 32.85, lon: 36.63 }], dyads: [['UNIDENTIFIED', 'CIVILIANS', 70], ['SYRIA', 'UNIDENTIFIED', 30]] },
  { spellings: ['Damascus', 'دمشق'], weight: 0.5, towns: [{ name: 'Damascus', lat: 33.51, lon: 36.29 }], dyads: [['ISRAEL', 'SYRIA', 80], ['UNIDENTIFIED', 'SYRIA', 20]] },
  { spellings: ['Quneitra', 'القنيطرة'], weight: 0.3, towns: [{ name: 'Khan Arnabah', lat: 33.18, lon: 35.88 }], dyads: [['ISRAEL', 'SYRIA', 100]] },
  { spellings: ['Tartus', 'طرطوس'], weight: 0.2, towns: [{ name: 'Baniyas', lat: 35.18, lon: 35.94 }], dyads: [['UNIDENTIFIED', 'SYRIA', 100]] },
];

export interface EventKind {
  eventType: string;
  subEventType: string;
  category: Category;
  weight: number;
  /** Chance of at least one death, and the mean of the rest. */
  deadly: number;
}

export const EVENT_KINDS: readonly EventKind[] = [
  { eventType: 'Explosions/Remote violence', subEventType: 'Shelling/artillery/missile attack', category: 'explosion_remote', weight: 30, deadly: 0.3 },
  { eventType: 'Battles', subEventType: 'Armed clash', category: 'battle', weight: 25, deadly: 0.55 },
  { eventType: 'Explosions/Remote violence', subEventType: 'Air/drone strike', category: 'explosion_remote', weight: 12, deadly: 0.6 },
  { eventType: 'Explosions/Remote violence', subEventType: 'Remote explosive/landmine/IED', category: 'explosion_remote', weight: 8, deadly: 0.5 },
  { eventType: 'Violence against civilians', subEventType: 'Attack', category: 'violence_against_civilians', weight: 10, deadly: 0.7 },
  { eventType: 'Violence against civilians', subEventType: 'Abduction/forced disappearance', category: 'violence_against_civilians', weight: 3, deadly: 0 },
  { eventType: 'Protests', subEventType: 'Peaceful protest', category: 'protest', weight: 5, deadly: 0 },
  { eventType: 'Strategic developments', subEventType: 'Arrests', category: 'strategic_development', weight: 6, deadly: 0 },
  { eventType: 'Explosions/Remote violence', subEventType: 'Suicide bomb', category: 'explosion_remote', weight: 1, deadly: 0.9 },
];

export interface Outlet {
  name: string;
  language: string;
  scale: SourceScale;
  reliability: Reliability;
  credibility: Credibility;
  host: string;
}

export const OUTLETS: readonly Outlet[] = [
  { name: 'Syrian Observatory for Human Rights (SOHR)', language: 'ar', scale: 'national', reliability: 'C', credibility: 3, host: 'sohr.example.org' },
  { name: 'North Press Agency', language: 'en', scale: 'subnational', reliability: 'B', credibility: 2, host: 'npasyria.example.org' },
  { name: 'Hawar News Agency (ANHA)', language: 'ar', scale: 'subnational', reliability: 'C', credibility: 3, host: 'hawarnews.example.org' },
  { name: 'Deir Ezzor 24', language: 'ar', scale: 'local', reliability: 'C', credibility: 3, host: 'deirezzor24.example.org' },
  { name: 'Enab Baladi', language: 'ar', scale: 'national', reliability: 'B', credibility: 3, host: 'enabbaladi.example.org' },
  { name: 'Reuters', language: 'en', scale: 'international', reliability: 'B', credibility: 2, host: 'reuters.example.org' },
  { name: 'Rudaw', language: 'en', scale: 'regional', reliability: 'C', credibility: 3, host: 'rudaw.example.org' },
  { name: 'SANA', language: 'ar', scale: 'national', reliability: 'D', credibility: 4, host: 'sana.example.org' },
  { name: 'Anadolu Agency', language: 'tr', scale: 'international', reliability: 'C', credibility: 4, host: 'aa.example.org' },
  { name: 'Syria Direct', language: 'en', scale: 'national', reliability: 'B', credibility: 2, host: 'syriadirect.example.org' },
  { name: 'Local activist network', language: 'ar', scale: 'local_partner', reliability: 'E', credibility: 4, host: 'activists.example.org' },
];
