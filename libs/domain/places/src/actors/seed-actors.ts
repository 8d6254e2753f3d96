import type { Actor } from './actor';

/**
 * The actors of the January 2022 Hasakah story, written by us so Sitrep works without UCDP's file.
 * Ids equal UCDP Actor Dataset ids where UCDP has the actor, so this seed and `parseUcdpActorCsv`
 * describe one actor with one id; `sitrep:` ids are ours (UCDP 22.1 lists no YPG and no coalition).
 * The seed describes early 2022: "Government of Syria" here is the Assad-era government.
 */
export const SEED_ACTORS: readonly Actor[] = [
  {
    id: 'ucdp:234',
    ucdpId: '234',
    name: 'Islamic State',
    kind: 'non_state',
    aliases: [
      'IS', 'ISIS', 'ISIL', 'Daesh', "Da'esh", 'Islamic State of Iraq and the Levant',
      'Islamic State of Iraq and Syria', 'Islamic State of Iraq and al-Sham', 'تنظيم الدولة الإسلامية',
      'الدولة الإسلامية', 'داعش',
    ],
  },
  {
    id: 'ucdp:6288',
    ucdpId: '6288',
    name: 'Syrian Democratic Forces',
    kind: 'non_state',
    aliases: ['SDF', 'قوات سوريا الديمقراطية', 'قسد'],
  },
  {
    id: 'ucdp:4163',
    ucdpId: '4163',
    name: 'Democratic Union Party',
    kind: 'non_state',
    parentId: 'ucdp:6288',
    aliases: ['PYD', 'Partiya Yekîtiya Demokrat', 'حزب الاتحاد الديمقراطي'],
  },
  {
    id: 'sitrep:ypg',
    name: "People's Protection Units",
    kind: 'non_state',
    parentId: 'ucdp:6288',
    aliases: ['YPG', 'Yekîneyên Parastina Gel', 'وحدات حماية الشعب'],
  },
  {
    id: 'ucdp:115',
    ucdpId: '115',
    name: 'Government of Turkey',
    kind: 'state',
    aliases: ['Military Forces of Turkey', 'Turkish Military', 'Turkish Armed Forces', 'TSK', 'Turkey', 'الجيش التركي'],
  },
  {
    id: 'ucdp:7514',
    ucdpId: '7514',
    name: 'Syrian National Army',
    kind: 'non_state',
    aliases: ['SNA', 'Turkish-backed Syrian National Army', 'الجيش الوطني السوري'],
  },
  {
    id: 'ucdp:118',
    ucdpId: '118',
    name: 'Government of Syria',
    kind: 'state',
    aliases: [
      'Military Forces of Syria', 'Syrian Arab Army', 'SAA', 'Syrian Regime', 'Syrian Government', 'Syria',
      'الجيش العربي السوري',
    ],
  },
  {
    id: 'ucdp:57',
    ucdpId: '57',
    name: 'Government of Russia',
    kind: 'state',
    aliases: ['Military Forces of Russia', 'Russian Military', 'Russian Armed Forces', 'Russian Air Force', 'Russia'],
  },
  {
    id: 'sitrep:us-led-coalition',
    name: 'US-led Coalition',
    kind: 'coalition',
    aliases: [
      'Global Coalition to Defeat ISIS', 'Global Coalition against Daesh', 'CJTF-OIR',
      'Combined Joint Task Force - Operation Inherent Resolve', 'International Coalition', 'التحالف الدولي',
    ],
  },
  {
    id: 'ucdp:3',
    ucdpId: '3',
    name: 'Government of United States of America',
    kind: 'state',
    aliases: ['Military Forces of the United States', 'US Military', 'United States Armed Forces', 'US Forces'],
  },
  {
    id: 'ucdp:121',
    ucdpId: '121',
    name: 'Government of Israel',
    kind: 'state',
    aliases: [
      'Military Forces of Israel', 'Israeli Military', 'Israel Defense Forces', 'IDF', 'Israeli Air Force', 'Israel',
    ],
  },
  {
    id: 'ucdp:114',
    ucdpId: '114',
    name: 'Government of Iran',
    kind: 'state',
    aliases: ['Military Forces of Iran', 'Iranian Military', 'Iran'],
  },
];
