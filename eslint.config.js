import { readdirSync } from 'node:fs';

import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const FEATURES = readdirSync('src/features', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/**
 * A feature may read another feature's data: its `api/` and `schemas.ts`
 * (and the landscape's one rule for an item's status on a day), nothing
 * else; routes combine the rest. One zone, written out per feature.
 */
const FEATURE_ZONES = FEATURES.map((name) => ({
  target: `./src/features/${name}`,
  from: `./src/features/!(${name})/**`,
  except: [
    `${import.meta.dirname}/src/features/*/api/**`,
    `${import.meta.dirname}/src/features/*/schemas.ts`,
    `${import.meta.dirname}/src/features/landscape/status-on.@(ts)`,
  ],
  message:
    "A feature reads another only through its api/ and schemas.ts (and landscape's status-on.ts).",
}));

const TOOLING = ['./src/bench', './src/build', './src/cli'];

/**
 * One zone per top-level folder of `src`. Shared code builds up from
 * `utils` (config, lib, hooks, components) and never reaches features or
 * the app; features use shared code (and, above, each other's data); the
 * app combines them; build plugins, CLIs and benchmarks are tooling that
 * app code never imports. Test helpers (`testing/`) are for tests only.
 */
function layerZones({ tests }) {
  const testing = tests ? [] : ['./src/testing'];
  return [
    {
      target: './src/utils',
      from: './src',
      except: ['./utils', './lib/schemas'],
    },
    { target: './src/config', from: './src', except: ['./config', './utils'] },
    {
      target: './src/lib',
      from: './src',
      except: ['./lib', './config', './utils', ...(tests ? ['./testing'] : [])],
    },
    {
      target: './src/hooks',
      from: './src',
      except: ['./hooks', './lib', './config', './utils'],
    },
    {
      target: './src/components',
      from: './src',
      except: ['./components', './hooks', './lib', './config', './utils'],
    },
    { target: './src/features', from: ['./src/app', ...TOOLING, ...testing] },
    { target: './src/app', from: [...TOOLING, ...testing] },
    // The entry starts the mock worker in mock mode (testing/mocks).
    { target: './src/main.tsx', from: TOOLING },
    // Build plugins render app code at build time, never the app shell.
    {
      target: './src/build',
      from: ['./src/app', './src/bench', './src/cli', ...testing],
    },
    {
      target: './src/cli',
      from: ['./src/app', './src/bench', './src/build', ...testing],
    },
    // Benchmarks drive the CLI and reuse test helpers.
    { target: './src/bench', from: ['./src/app', './src/build'] },
    // Test helpers may mount the app (render.tsx), never tooling.
    { target: './src/testing', from: TOOLING },
  ];
}

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'dev-dist',
      'coverage',
      'playwright-report',
      'test-results',
      'public/mockServiceWorker.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      ecmaVersion: 2022,
      globals: { ...globals.browser, ...globals.node },
    },
    settings: {
      // Resolves `@/…` like TypeScript does: without it the zones below
      // would not see an import written with the alias.
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: ['tsconfig.json', 'e2e/tsconfig.json'],
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
    plugins: {
      'react-hooks': reactHooks,
      'react-refresh': reactRefresh,
      'import-x': importX,
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@tanstack/query/prefer-query-options': 'error',
      'react-refresh/only-export-components': [
        'warn',
        { allowExportNames: ['loader', 'ErrorBoundary', 'Component'] },
      ],
      'import-x/no-cycle': 'error',
      // Node, packages, `@/…`, then relative imports, a blank line between
      // groups, each sorted by path; type-only imports last.
      'import-x/order': [
        'error',
        {
          groups: [
            'builtin',
            'external',
            'internal',
            ['parent', 'sibling', 'index'],
            'unknown',
            'type',
          ],
          pathGroups: [{ pattern: '@/**', group: 'internal' }],
          pathGroupsExcludedImportTypes: ['type'],
          'newlines-between': 'always',
          alphabetize: { order: 'asc', caseInsensitive: true },
        },
      ],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [...FEATURE_ZONES, ...layerZones({ tests: false })],
        },
      ],
    },
  },
  {
    files: [
      'src/testing/**',
      'src/app/routes/**',
      '**/*.test.{ts,tsx}',
      'e2e/**',
      'src/build/**',
    ],
    rules: { 'react-refresh/only-export-components': 'off' },
  },
  {
    // Tests and their fixtures may use the test helpers.
    files: ['**/*.test.{ts,tsx}', 'src/**/*-fixture.ts'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        { zones: [...FEATURE_ZONES, ...layerZones({ tests: true })] },
      ],
    },
  },
);
