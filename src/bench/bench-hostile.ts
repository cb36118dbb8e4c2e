import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { runImportCli } from '@/cli/run-cli';
import {
  aliasBombYaml,
  repeatedNamesYaml,
} from '@/features/landscape/import/hostile-files';
import { IMPORT_MEASURE } from '@/features/landscape/import/worker-protocol';

import { gotoAndSettle } from './settle-page';

import type { BenchContext, BenchGroup, BenchRow } from './bench-types';
import type { Page } from '@playwright/test';

const GROUP = 'Importer, hostile files (issue 12)';
/** Each hostile file is slow by design when broken: three runs say enough. */
const MAX_RUNS = 3;

type Hostile = { label: string; file: string };

/** Resident memory of a process, in MB: now (VmRSS) and its peak (VmHWM). */
async function residentMb(pid: number) {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) =>
    Number(new RegExp(`${key}:\\s+(\\d+) kB`).exec(status)?.[1] ?? NaN);
  return { now: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

/** The renderer process that runs the page (and its dedicated workers). */
async function rendererPid(page: Page): Promise<number> {
  const cdp = await page.context().browser()!.newBrowserCDPSession();
  const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as {
    processInfo: { id: number; type: string }[];
  };
  await cdp.detach();
  const renderers = processInfo.filter((p) => p.type === 'renderer');
  // One page per context and browser here: the newest renderer is its own.
  return Math.max(...renderers.map((p) => p.id));
}

async function measureWorker(ctx: BenchContext, file: string) {
  const context = await ctx.browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await gotoAndSettle(page, `${ctx.baseUrl}/landscape`);
    const pid = await rendererPid(page);
    const before = await residentMb(pid);
    await page.getByLabel('Choose a landscape file…').setInputFiles(file);
    const handle = await page.waitForFunction(
      (name) => performance.getEntriesByName(name, 'measure')[0]?.duration,
      IMPORT_MEASURE,
      { timeout: 120_000 },
    );
    const ms = Number(await handle.jsonValue());
    const after = await residentMb(pid);
    // The peak may predate the import; then the import added nothing to it.
    return { ms, mb: Math.max(0, after.peak - before.now) };
  } finally {
    await context.close();
  }
}

function rows(label: string) {
  const row = (name: string, unit: 'ms' | 'MB'): BenchRow => ({
    group: GROUP,
    name: `${label}: ${name}`,
    unit,
    samples: [],
  });
  return {
    cliMs: row('CLI, whole process (start-up included)', 'ms'),
    cliMb: row('CLI, peak resident memory', 'MB'),
    workerMs: row('browser Web Worker (post → result)', 'ms'),
    workerMb: row(
      'browser, renderer peak resident memory above its level before',
      'MB',
    ),
  };
}

async function measure(ctx: BenchContext, hostile: Hostile) {
  const r = rows(hostile.label);
  const runs = Math.min(ctx.runs, MAX_RUNS);
  for (let run = 0; run < runs; run += 1) {
    const out = path.join(path.dirname(hostile.file), 'out.json');
    const cli = await runImportCli(ctx.repoRoot, [hostile.file, '--out', out]);
    r.cliMs.samples.push(cli.ms);
    r.cliMb.samples.push(cli.maxRssMb);
    const worker = await measureWorker(ctx, hostile.file);
    r.workerMs.samples.push(worker.ms);
    r.workerMb.samples.push(worker.mb);
  }
  ctx.log(`hostile: ${hostile.label} done`);
  return [r.cliMs, r.cliMb, r.workerMs, r.workerMb];
}

/**
 * The two hostile files of issue 12, generated here (never committed): an
 * alias bomb (a 100-item list anchored once, then `items: *i0` in 10,000
 * subcategories: a million items if expanded) and 20,000 subcategories
 * each holding the same name. The first must fail fast within the alias
 * budget; the second must import in linear time.
 */
export const importerHostile: BenchGroup = {
  name: 'importer-hostile',
  async run(ctx) {
    const dir = await mkdtemp(path.join(tmpdir(), 'bench-hostile-'));
    try {
      const files: Hostile[] = [];
      for (const [name, text] of [
        ['alias-bomb.yml', aliasBombYaml()],
        ['repeated-names.yml', repeatedNamesYaml()],
      ] as const) {
        const file = path.join(dir, name);
        await writeFile(file, text);
        const kb = Math.round(Buffer.byteLength(text) / 1024);
        files.push({ label: `${name} (${kb} KB)`, file });
      }
      const all: BenchRow[] = [];
      for (const hostile of files) all.push(...(await measure(ctx, hostile)));
      return all;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
};
