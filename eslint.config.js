import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import globals from 'globals';
import tseslint from 'typescript-eslint';

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
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            // Features never import each other; routes combine them.
            {
              target: './src/features/announcements',
              from: './src/features',
              except: ['./announcements'],
            },
            {
              target: './src/features/leaderboard',
              from: './src/features',
              except: ['./leaderboard'],
            },
            {
              target: './src/features/landscape',
              from: './src/features',
              except: ['./landscape'],
            },
            {
              target: './src/features/event',
              from: './src/features',
              except: ['./event'],
            },
            // The timeline reads landscapes: it may use the landscape's
            // schemas, status rules and status look, nothing else.
            {
              target: './src/features/timeline',
              from: './src/features',
              except: [
                './timeline',
                './landscape/schemas.ts',
                './landscape/status-on.ts',
                './landscape/status-style.ts',
                './landscape/components/status-patterns.tsx',
                './landscape/export-image.ts',
                './landscape/components/svg-markup.tsx',
              ],
            },
            // The booth shows landscapes: the landscape's schemas and its
            // status rule, nothing else (the route passes the chart in).
            {
              target: './src/features/booth',
              from: './src/features',
              except: [
                './booth',
                './landscape/schemas.ts',
                './landscape/status-on.ts',
              ],
            },
            // Shared code never imports features or the app.
            {
              target: [
                './src/components',
                './src/hooks',
                './src/lib',
                './src/utils',
                './src/config',
              ],
              from: ['./src/features', './src/app'],
            },
            { target: './src/features', from: './src/app' },
          ],
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
);
