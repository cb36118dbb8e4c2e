/**
 * Prints the booth's JS heap growth across 300 slide transitions.
 *
 *   npm run build && npx vite preview --port 4683 &
 *   npx tsx src/bench/run-booth-heap.ts http://127.0.0.1:4683
 *
 * Exits non-zero when the growth reaches the 5 MB target.
 */
import { chromium } from '@playwright/test';

import { CHROMIUM_ARGS } from '../../e2e/playwright.config';
import { measureBoothHeap } from './booth-heap';

const TARGET_MB = 5;
const baseUrl =
  process.argv[2] ?? process.env.BENCH_BASE_URL ?? 'http://127.0.0.1:4683';

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'],
});
try {
  const context = await browser.newContext({
    viewport: { width: 1920, height: 1080 },
    // Measure the app, not the service worker's precaching.
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  const result = await measureBoothHeap(page, baseUrl);
  console.log(JSON.stringify(result, null, 2));
  console.log(
    `booth JS heap growth across ${result.transitions} slide transitions: ${result.growthMB} MB (target < ${TARGET_MB} MB)`,
  );
  if (result.growthMB >= TARGET_MB) process.exitCode = 1;
} finally {
  await browser.close();
}
