// One CommonJS bundle of our own code; every npm package stays external and is require()d at run
// time (Node ≥ 20.19 can require the ESM-only NestJS 12 packages). swc keeps the decorator
// metadata that Nest's dependency injection and class-validator need (esbuild drops it).
const path = require('node:path');
const nodeExternals = require('webpack-node-externals');
const { TsconfigPathsPlugin } = require('tsconfig-paths-webpack-plugin');

const root = path.resolve(__dirname, '../..');

module.exports = {
  mode: 'production',
  target: 'node20',
  context: root,
  entry: { main: './services/sitrep/src/main.ts' },
  output: { path: path.join(root, 'dist/sitrep'), filename: '[name].cjs', clean: true },
  devtool: 'source-map',
  optimization: { minimize: false },
  externalsPresets: { node: true },
  externals: [nodeExternals({ modulesDir: path.join(root, 'node_modules') })],
  resolve: {
    extensions: ['.ts', '.js'],
    plugins: [new TsconfigPathsPlugin({ configFile: path.join(root, 'tsconfig.base.json') })],
  },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: {
          loader: 'swc-loader',
          options: {
            jsc: {
              parser: { syntax: 'typescript', decorators: true },
              transform: { legacyDecorator: true, decoratorMetadata: true },
              target: 'es2022',
            },
          },
        },
      },
    ],
  },
  stats: 'errors-warnings',
};
