// The outlines the build cuts from world-atlas (build/region-outline.loader.cjs): Syria and its
// neighbours as GeoJSON, `focus` true on Syria.
declare module 'world-atlas/countries-10m.json?syria-region' {
  import type { FeatureCollection, Geometry } from 'geojson';

  const outline: FeatureCollection<Geometry, { name: string; focus: boolean }>;
  export default outline;
}
