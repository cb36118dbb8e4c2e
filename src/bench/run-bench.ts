/**
 * `npm run bench`: builds the app, serves dist/ on 127.0.0.1, drives
 * headless Chromium and prints one table (median, min–max over the runs);
 * the same figures go to bench-results.json (git-ignored) for comparison.
 *
 * Env: BENCH_RUNS (default 5), BENCH_SKIP_BUILD=1 (reuse dist/),
 * BENCH_ONLY=bytes,importer (groups whose name contains one of these:
 * bytes, LCP, landscape, filter, importer, importer-hostile, booth, timeline),
 * BENCH_BOOTH_RUNS (default 3),
 * CHROMIUM_PATH, LANDSCAPE_YML.
 */
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { chromium } from '@playwright/test';

import { CHROMIUM_ARGS } from '../../e2e/playwright.config';
import { boothHeap } from './bench-booth';
import { firstLoadBytes } from './bench-bytes';
import { importerHostile } from './bench-hostile';
import { importerTimes } from './bench-importer';
import { landscapeChart } from './bench-landscape';
import { landscapeClicks } from './bench-landscape-clicks';
import { timelinePage } from './bench-timeline';
import { webVitals } from './bench-vitals';
import { formatTable } from './print-table';
import { buildApp, serveBuild } from './serve-build';
import { summarize } from './stats';

import type { BenchGroup, BenchRow } from './bench-types';

const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
const RESULTS_FILE = path.join(REPO_ROOT, 'bench-results.json');
const MIN_RUNS = 5;

/** One file per group; each prints its own rows, in this order. */
const GROUPS: BenchGroup[] = [
  firstLoadBytes,
  webVitals,
  landscapeChart,
  landscapeClicks,
  timelinePage,
  importerTimes,
  importerHostile,
  boothHeap,
];

function selectedGroups(): BenchGroup[] {
  const only = process.env.BENCH_ONLY?.split(',').map((s) => s.trim());
  if (!only) return GROUPS;
  return GROUPS.filter((g) => only.some((word) => g.name.includes(word)));
}

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);

async function main() {
  const runs = Math.max(MIN_RUNS, Number(process.env.BENCH_RUNS ?? MIN_RUNS));
  const started = performance.now();
  if (process.env.BENCH_SKIP_BUILD !== '1') {
    log('building…');
    await buildApp(REPO_ROOT);
  }
  const server = await serveBuild(REPO_ROOT);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  const chromiumVersion = browser.version();
  const rows: BenchRow[] = [];
  try {
    for (const group of selectedGroups()) {
      log(`${group.name}…`);
      const ctx = {
        browser,
        baseUrl: server.baseUrl,
        runs,
        repoRoot: REPO_ROOT,
        log,
      };
      const groupStart = performance.now();
      rows.push(...(await group.run(ctx)));
      log(
        `${group.name}: ${Math.round((performance.now() - groupStart) / 1000)} s`,
      );
    }
  } finally {
    await browser.close().catch(() => undefined);
    await server.close();
  }
  const cpus = os.cpus();
  const machine = `${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, load ${os.loadavg()[0]?.toFixed(1)}`;
  const date = new Date().toISOString();
  const header = `CNCF Explorer bench, ${date.slice(0, 16).replace('T', ' ')} UTC; ${machine}; Node ${process.version}; Chromium ${chromiumVersion}; ${runs} runs each`;
  process.stdout.write(`\n${header}\n\n${formatTable(rows)}\n`);
  const results = {
    date,
    machine,
    node: process.version,
    chromium: chromiumVersion,
    runs,
    seconds: Math.round((performance.now() - started) / 1000),
    rows: rows.map((row) => ({ ...row, ...summarize(row.samples) })),
  };
  await writeFile(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
  log(
    `wrote ${path.relative(process.cwd(), RESULTS_FILE)} in ${results.seconds} s`,
  );
}

await main();
