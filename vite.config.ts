/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';

import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

import { embedPrerenderPlugin } from './src/build/embed-prerender-plugin.ts';
import { feedsPlugin } from './src/build/feeds-plugin.ts';
import { framePolicyPlugin } from './src/build/frame-policy-plugin.ts';
import { prerenderPlugin } from './src/build/prerender-plugin.ts';
import { pwaOptions } from './src/build/pwa-options.ts';
import { shippedDataPlugin } from './src/build/shipped-data-plugin.ts';
import { stripMockWorkerPlugin } from './src/build/strip-mock-worker-plugin.ts';

const REACT_ROUTER_PRODUCTION = {
  'react-router/dom': fileURLToPath(
    new URL(
      './node_modules/react-router/dist/production/dom-export.mjs',
      import.meta.url,
    ),
  ),
  'react-router': fileURLToPath(
    new URL(
      './node_modules/react-router/dist/production/index.mjs',
      import.meta.url,
    ),
  ),
};

export default defineConfig(({ command, mode }) => ({
  plugins: [
    react(),
    tailwindcss(),
    framePolicyPlugin(),
    stripMockWorkerPlugin(mode),
    shippedDataPlugin(),
    feedsPlugin(),
    embedPrerenderPlugin(),
    prerenderPlugin(),
    VitePWA(pwaOptions(mode)),
  ],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      // React Router's package exports point at its development build only;
      // production builds use its production files (no dev warnings, smaller).
      ...(command === 'build' ? REACT_ROUTER_PRODUCTION : {}),
    },
    // Vitest would otherwise load react-router/dom as CommonJS and get a
    // second router context (see shared STACK.md, trap 2).
    ...(process.env.VITEST
      ? { conditions: ['module-sync', 'node', 'development|production'] }
      : {}),
  },
  server: {
    host: '127.0.0.1',
    // Transform the app before the first request, so the first page of
    // `npm run dev` does not wait for a cold dev server.
    warmup: { clientFiles: ['./src/main.tsx', './src/app/routes/**/*.tsx'] },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  // The manifest lets the build checks sum each route's first-load JS.
  build: {
    target: 'es2022',
    sourcemap: false,
    manifest: true,
    modulePreload: { polyfill: false },
    rollupOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'vendor',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack|valibot|clsx)[\\/]/,
            },
          ],
        },
      },
    },
  },
  // Two Vitest projects by file type: `*.test.ts` (pure modules, build code,
  // the CLI) run in Node with only MSW set up; `*.test.tsx` (components and
  // routes) run in jsdom with Testing Library. A `.ts` test that needs a DOM
  // says so with a `@vitest-environment jsdom` comment.
  test: {
    globalSetup: ['./src/testing/global-setup.ts'],
    restoreMocks: true,
    // Tests read the instrumentation (src/config/instrument.ts).
    env: { VITE_INSTRUMENT: 'true' },
    testTimeout: 15000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          // Pure modules and the MSW server: one module graph for all files
          // instead of one each (CPU 94 s → 32 s; setup 79 s → 8 s).
          // Component files keep isolation: React and jsdom state leak.
          isolate: false,
          include: ['src/**/*.test.ts'],
          setupFiles: ['./src/testing/setup-node.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx'],
          setupFiles: ['./src/testing/setup-tests.ts'],
        },
      },
    ],
  },
}));
