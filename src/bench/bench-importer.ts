import { readFileSync } from 'node:fs';

import { importLandscape } from '@/features/landscape/import/import-landscape';
import { IMPORT_MEASURE } from '@/features/landscape/import/worker-protocol';
import {
  realLandscapeYmlPath,
  shippedLandscapeYml,
} from '@/testing/shipped-landscape';

import { gotoAndSettle } from './settle-page';

import type { BenchContext, BenchGroup, BenchRow } from './bench-types';

/**
 * The original file where LANDSCAPE_YML names it; else the same landscape
 * written back as landscape.yml from the committed data (same items, no
 * descriptions or other fields the app ignores, so it is smaller).
 */
function landscapeYml(): { label: string; source: string } {
  const file = realLandscapeYmlPath();
  const source = file ? readFileSync(file, 'utf8') : shippedLandscapeYml();
  const mb = (Buffer.byteLength(source) / 1e6).toFixed(1);
  return {
    label: file
      ? `Importer, real landscape.yml (${mb} MB)`
      : `Importer, landscape.yml written from the shipped data (${mb} MB)`,
    source,
  };
}

/** The CLI's work (parse + validate + map), in this Node process. */
function measureNode(ctx: BenchContext, source: string) {
  const samples: number[] = [];
  for (let run = 0; run < ctx.runs; run += 1) {
    const start = performance.now();
    const result = importLandscape(source, {
      fileName: 'landscape.yml',
      asOf: '2026-08-07',
    });
    samples.push(performance.now() - start);
    if (!result.ok) throw new Error(result.message);
  }
  return samples;
}

/** From posting the file to the worker until its result message arrives. */
async function measureWorker(ctx: BenchContext, source: string) {
  const samples: number[] = [];
  for (let run = 0; run < ctx.runs; run += 1) {
    const context = await ctx.browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await gotoAndSettle(page, `${ctx.baseUrl}/landscape`);
    await page.getByLabel('Choose a landscape file…').setInputFiles({
      name: 'landscape.yml',
      mimeType: 'text/yaml',
      buffer: Buffer.from(source),
    });
    const handle = await page.waitForFunction(
      (name) => performance.getEntriesByName(name, 'measure')[0]?.duration,
      IMPORT_MEASURE,
      { timeout: 60_000 },
    );
    samples.push(Number(await handle.jsonValue()));
    await context.close();
  }
  return samples;
}

export const importerTimes: BenchGroup = {
  name: 'importer',
  async run(ctx) {
    const { label, source } = landscapeYml();
    const node: BenchRow = {
      group: label,
      name: 'parse + validate, CLI (Node, in-process)',
      unit: 'ms',
      samples: [],
    };
    const worker: BenchRow = {
      group: label,
      name: 'parse + validate, browser Web Worker (post → result)',
      unit: 'ms',
      samples: [],
    };
    node.samples = measureNode(ctx, source);
    ctx.log('importer: Node done');
    worker.samples = await measureWorker(ctx, source);
    ctx.log('importer: worker done');
    return [node, worker];
  },
};
