// Natural Earth country outlines (public domain, via world-atlas) cut down at build time to Syria
// and its neighbours, as GeoJSON with coordinates rounded to ~100 m: the map needs ~100 kB of the
// 3.6 MB atlas. All from the 1:10m file, so shared borders coincide when the map zooms in (a 1:50m
// neighbour beside a 1:10m Syria leaves slivers of sea along the border).
const { feature } = require('topojson-client');

const SYRIA = '760';
const NEIGHBOURS = ['792', '368', '400', '422', '376', '275', '196']; // Turkey, Iraq, Jordan, Lebanon, Israel, Palestine, Cyprus

const round = (coordinates) =>
  typeof coordinates[0] === 'number' ? [Math.round(coordinates[0] * 1000) / 1000, Math.round(coordinates[1] * 1000) / 1000] : coordinates.map(round);

function countries(topology, ids) {
  return feature(topology, topology.objects.countries)
    .features.filter((country) => ids.includes(country.id))
    .map((country) => ({
      type: 'Feature',
      id: country.id,
      properties: { name: country.properties.name, focus: country.id === SYRIA },
      geometry: { type: country.geometry.type, coordinates: round(country.geometry.coordinates) },
    }));
}

module.exports = function regionOutline(source) {
  const features = countries(JSON.parse(source), [...NEIGHBOURS, SYRIA]);
  return `export default ${JSON.stringify({ type: 'FeatureCollection', features })};`;
};
