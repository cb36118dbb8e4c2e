import path from 'node:path';

import { defineConfig } from '@playwright/test';

import { originalFileNotice } from '../src/testing/original-file-notice';

const ROOT = path.resolve(import.meta.dirname, '..');
/**
 * The tests' own ports, apart from `npm start`/`npm run preview` (4173) and
 * the dev server (5173), so a running app never meets a test run. Movable so
 * several checkouts can run their e2e at once.
 */
export const PREVIEW_PORT = Number(process.env.E2E_PORT ?? 4183);
export const MOCK_PORT = Number(process.env.E2E_MOCK_PORT ?? 4184);
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
    // Traces are kept for failed tests by the fixtures (support/fixtures.ts),
    // which own every context.
    trace: 'off',
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
      testIgnore: [
        /\.mock\.spec\.ts$/,
        /build-output\.spec\.ts/,
        /a11y\.spec\.ts/,
      ],
    },
    {
      // axe on every page in both themes (list: support/a11y-pages.ts).
      name: 'a11y',
      testMatch: /a11y\.spec\.ts/,
      // One axe run takes 5–10 s on a quiet machine, a minute on a busy one.
      timeout: 180_000,
    },
    {
      name: 'mock',
      testMatch: /\.mock\.spec\.ts$/,
      use: {
        baseURL: `http://127.0.0.1:${MOCK_PORT}`,
        // MSW's mock API is a service worker: it must be allowed here.
        serviceWorkers: 'allow',
      },
    },
  ],
  // Both servers are started by this run, always: a server already on the
  // port (an old build, another checkout) makes the run fail, not pass.
  webServer: [
    {
      // The production build with test instrumentation (`npm run build:test`
      // runs first; src/config/instrument.ts).
      command: `npx vite preview --host 127.0.0.1 --port ${PREVIEW_PORT} --strictPort`,
      cwd: ROOT,
      url: `http://127.0.0.1:${PREVIEW_PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // The mock-mode build (`npm run build:mock` into dist-mock/): MSW
      // plays fault scenarios. Built once, so no page waits for the dev
      // server to compile it.
      command: `npx vite preview --mode mock --outDir dist-mock --host 127.0.0.1 --port ${MOCK_PORT} --strictPort`,
      cwd: ROOT,
      url: `http://127.0.0.1:${MOCK_PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
