// The analyst dashboard: one browser bundle (Preact + d3-geo + the map outline), an index.html and
// one stylesheet, written to dist/dashboard and served by Sitrep at `/`. Everything it needs is in
// those files: helmet's Content-Security-Policy allows scripts and styles from the same origin only,
// and analysts may work offline (no CDN, no map tiles).
const path = require('node:path');
const { PageAssetsPlugin } = require('./build/page-assets.plugin.cjs');

const root = path.resolve(__dirname, '../..');

module.exports = {
  mode: 'production',
  target: ['web', 'es2020'],
  context: root,
  entry: { app: './services/dashboard/src/main.tsx' },
  output: { path: path.join(root, 'dist/dashboard'), filename: 'assets/[name].[contenthash:8].js', publicPath: '/', clean: true },
  devtool: 'source-map',
  resolve: { extensions: ['.tsx', '.ts', '.js'] },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        use: {
          loader: 'swc-loader',
          options: {
            jsc: {
              parser: { syntax: 'typescript', tsx: true },
              transform: { react: { runtime: 'automatic', importSource: 'preact' } },
              target: 'es2020',
            },
          },
        },
      },
      {
        // `world-atlas/countries-10m.json?syria-region`: the outlines cut down at build time (see the loader).
        resourceQuery: /syria-region/,
        type: 'javascript/auto',
        use: path.join(__dirname, 'build/region-outline.loader.cjs'),
      },
    ],
  },
  plugins: [
    new PageAssetsPlugin({
      template: path.join(__dirname, 'src/index.html'),
      styles: path.join(__dirname, 'src/styles'),
      entry: 'app',
    }),
  ],
  performance: { hints: false },
  stats: 'errors-warnings',
};
