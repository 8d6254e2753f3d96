// The benchmark runner as one CommonJS bundle (dist/bench/bench.cjs), built like the app: swc for
// TypeScript, the repo's path aliases, every npm package external.
const path = require('node:path');
const nodeExternals = require('webpack-node-externals');
const { TsconfigPathsPlugin } = require('tsconfig-paths-webpack-plugin');

const root = path.resolve(__dirname, '..');

module.exports = {
  mode: 'production',
  target: 'node20',
  context: root,
  entry: { bench: './bench/src/main.ts' },
  output: { path: path.join(root, 'dist/bench'), filename: '[name].cjs', clean: true },
  devtool: 'source-map',
  optimization: { minimize: false },
  node: { __dirname: false },
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
          options: { jsc: { parser: { syntax: 'typescript', decorators: true }, transform: { legacyDecorator: true, decoratorMetadata: true }, target: 'es2022' } },
        },
      },
    ],
  },
  stats: 'errors-warnings',
};
