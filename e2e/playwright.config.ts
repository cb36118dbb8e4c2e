import path from 'node:path';

import { defineConfig } from '@playwright/test';

import { originalFileNotice } from '../src/testing/original-file-notice';

const ROOT = path.resolve(import.meta.dirname, '..');
/** Ports can be moved so several checkouts can run their e2e at once. */
export const PREVIEW_PORT = Number(process.env.E2E_PORT ?? 4173);
export const MOCK_PORT = Number(process.env.E2E_MOCK_PORT ?? 5174);
const isCI = Boolean(process.env.CI);

// The config loads in every worker too: say it once, from the main process.
const notice = originalFileNotice();
if (notice && !process.env.TEST_WORKER_INDEX) console.info(notice);

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export default defineConfig({
  testDir: '.',
  outputDir: path.join(ROOT, 'test-results'),
  fullyParallel: true,
  forbidOnly: isCI,
  retries: 0,
  workers: 2,
  // Generous: axe and first paints are slow when a 2-core machine is busy.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: isCI
    ? [['list']]
    : [
        ['list'],
        [
          'html',
          { open: 'never', outputFolder: path.join(ROOT, 'playwright-report') },
        ],
      ],
  use: {
    baseURL: `http://127.0.0.1:${PREVIEW_PORT}`,
    trace: 'retain-on-failure',
    // The production build registers an offline service worker. Journeys
    // block it so each sees the network (and its page.route mocks) directly;
    // e2e/booth-offline.spec.ts allows it to test offline use.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    {
      name: 'build',
      testMatch: /build-output\.spec\.ts/,
    },
    {
      name: 'app',
      testMatch: /\.spec\.ts$/,
      testIgnore: [/\.mock\.spec\.ts$/, /build-output\.spec\.ts/],
    },
    {
      name: 'mock',
      testMatch: /\.mock\.spec\.ts$/,
      // The dev server compiles modules on first request: allow for it.
      timeout: 90_000,
      expect: { timeout: 30_000 },
      use: {
        baseURL: `http://127.0.0.1:${MOCK_PORT}`,
        // MSW's mock API is a service worker: it must be allowed here.
        serviceWorkers: 'allow',
      },
    },
  ],
  webServer: [
    {
      // The production build, as users get it (`npm run build` runs first).
      command: `npx vite preview --host 127.0.0.1 --port ${PREVIEW_PORT} --strictPort`,
      cwd: ROOT,
      url: `http://127.0.0.1:${PREVIEW_PORT}/`,
      reuseExistingServer: !isCI,
      timeout: 60_000,
    },
    {
      // The dev server in mock mode: MSW plays fault scenarios.
      command: `npx vite --mode mock --host 127.0.0.1 --port ${MOCK_PORT} --strictPort`,
      cwd: ROOT,
      url: `http://127.0.0.1:${MOCK_PORT}/`,
      reuseExistingServer: !isCI,
      timeout: 90_000,
    },
  ],
});
