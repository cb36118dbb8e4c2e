import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { importLandscape } from '@/features/landscape/import/import-landscape';
import { IMPORT_MEASURE } from '@/features/landscape/import/worker-protocol';

import { gotoAndSettle } from './settle-page';

import type { BenchContext, BenchGroup, BenchRow } from './bench-types';

const GROUP = 'Importer, real landscape.yml (1.1 MB)';

/** The real CNCF file; the same default as the tests. */
export function landscapeYmlPath(repoRoot: string): string {
  return (
    process.env.LANDSCAPE_YML ??
    path.resolve(repoRoot, '../shared/data/cncf-landscape/landscape.yml')
  );
}

/** The CLI's work (parse + validate + map), in this Node process. */
async function measureNode(ctx: BenchContext, file: string) {
  const source = await readFile(file, 'utf8');
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
async function measureWorker(ctx: BenchContext, file: string) {
  const samples: number[] = [];
  for (let run = 0; run < ctx.runs; run += 1) {
    const context = await ctx.browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await gotoAndSettle(page, `${ctx.baseUrl}/landscape`);
    await page.getByLabel('Choose a landscape file…').setInputFiles(file);
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
    const file = landscapeYmlPath(ctx.repoRoot);
    const node: BenchRow = {
      group: GROUP,
      name: 'parse + validate, CLI (Node, in-process)',
      unit: 'ms',
      samples: [],
    };
    const worker: BenchRow = {
      group: GROUP,
      name: 'parse + validate, browser Web Worker (post → result)',
      unit: 'ms',
      samples: [],
    };
    if (!existsSync(file)) {
      const reason = `${file} is missing (set LANDSCAPE_YML)`;
      return [
        { ...node, skipped: reason },
        { ...worker, skipped: reason },
      ];
    }
    node.samples = await measureNode(ctx, file);
    ctx.log('importer: Node done');
    worker.samples = await measureWorker(ctx, file);
    ctx.log('importer: worker done');
    return [node, worker];
  },
};
