// Syria's 14 governorates as labelled points: no governorate outline package with a clean licence
// exists (amCharts and Highcharts geodata are encumbered), so the map draws each governorate as
// its approximate centroid over the Natural Earth country outline. Coordinates are our own rough
// estimates (to ~0.1°) from general geographic knowledge; `labelDx`/`labelDy` move labels apart
// where centroids crowd (Damascus inside Rif Dimashq, the south-west).

export interface GovernorateCentroid {
  id: string;
  name: string;
  nameAr: string;
  lat: number;
  lon: number;
  labelDx?: number;
  labelDy?: number;
}

export const GOVERNORATE_CENTROIDS: readonly GovernorateCentroid[] = [
  { id: 'SY-HA', name: 'Al Hasakah', nameAr: 'الحسكة', lat: 36.6, lon: 40.9 },
  { id: 'SY-RA', name: 'Ar Raqqah', nameAr: 'الرقة', lat: 35.9, lon: 38.8 },
  { id: 'SY-DY', name: 'Deir ez-Zor', nameAr: 'دير الزور', lat: 35.0, lon: 40.3 },
  { id: 'SY-HL', name: 'Aleppo', nameAr: 'حلب', lat: 36.2, lon: 37.6 },
  { id: 'SY-ID', name: 'Idlib', nameAr: 'إدلب', lat: 35.8, lon: 36.6, labelDx: -10 },
  { id: 'SY-LA', name: 'Latakia', nameAr: 'اللاذقية', lat: 35.6, lon: 35.95, labelDx: -8, labelDy: -10 },
  { id: 'SY-HM', name: 'Hama', nameAr: 'حماة', lat: 35.2, lon: 37.0 },
  { id: 'SY-TA', name: 'Tartus', nameAr: 'طرطوس', lat: 34.95, lon: 36.05, labelDx: -8 },
  { id: 'SY-HI', name: 'Homs', nameAr: 'حمص', lat: 34.6, lon: 38.0 },
  { id: 'SY-RD', name: 'Rif Dimashq', nameAr: 'ريف دمشق', lat: 33.6, lon: 37.0, labelDy: 4 },
  { id: 'SY-DI', name: 'Damascus', nameAr: 'دمشق', lat: 33.51, lon: 36.29, labelDx: -6, labelDy: -10 },
  { id: 'SY-QU', name: 'Quneitra', nameAr: 'القنيطرة', lat: 33.1, lon: 35.85, labelDx: -8 },
  { id: 'SY-DR', name: 'Daraa', nameAr: 'درعا', lat: 32.75, lon: 36.2, labelDx: -6, labelDy: 12 },
  { id: 'SY-SU', name: 'As-Suwayda', nameAr: 'السويداء', lat: 32.7, lon: 36.7, labelDx: 6, labelDy: 12 },
];
