import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { LANDSCAPE_MARKS } from '@/features/landscape/chart-marks';
import { importLandscape } from '@/features/landscape/import/import-landscape';

import { landscapeYmlPath } from './bench-importer';
import { readRenderTimes, runFrameScript } from './landscape-frames';
import { quantile } from './stats';

import type { BenchContext, BenchGroup, BenchRow } from './bench-types';
import type { FrameScript, RenderTimes } from './landscape-frames';
import type { Landscape } from '@/features/landscape/schemas';

/** The URL the chart reads; the bench serves other data in its place. */
const SHIPPED_URL = '**/data/v1/landscape/observability.json';
const SHIPPED_FILE = 'public/data/v1/landscape/observability.json';
const CATEGORY = 'Observability and Analysis';
/** A desktop browser window (the e2e whole-landscape spec uses the same). */
const VIEWPORT = { width: 1440, height: 900 };
const MARKS = {
  parsed: LANDSCAPE_MARKS.parsed,
  layout: LANDSCAPE_MARKS.layout,
  painted: LANDSCAPE_MARKS.painted,
};
const READY_TIMEOUT_MS = 120_000;
/** Frames per scripted sequence. */
const STEPS = 40;
/** Ctrl+wheel deltaY 9 is ×1.13 per step in d3-zoom: 20 steps in reach
 * the 12× maximum, 20 steps out return to the fitted view. */
const ZOOM: FrameScript = {
  kind: 'zoom',
  steps: STEPS,
  wheelDelta: 9,
  radiusX: 0,
  radiusY: 0,
};
const PAN: FrameScript = {
  kind: 'pan',
  steps: STEPS,
  wheelDelta: 0,
  radiusX: 150,
  radiusY: 100,
};
/** Zoom before panning (at 1× the view cannot move): two button presses. */
const PAN_ZOOM_PRESSES = 2;

type Dataset = {
  label: string;
  /** `null`: the shipped file, served as built. */
  landscape: Landscape | null;
  items: number;
};
/** Both renderers on every dataset: the figures that set CANVAS_MIN_TILES. */
const RENDERERS = ['svg', 'canvas'] as const;
type Renderer = (typeof RENDERERS)[number];

type RunFigures = RenderTimes & {
  zoom: { median: number; p95: number; work: number };
  pan: { median: number; p95: number; work: number };
};

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
function frameFigures(seq: { intervals: number[]; work: number[] }) {
  const intervals = sorted(seq.intervals);
  return {
    median: quantile(intervals, 0.5),
    p95: quantile(intervals, 0.95),
    work: quantile(sorted(seq.work), 0.5),
  };
}

/** The chart shows `count` tiles (SVG nodes, or the canvas's tile count). */
function showsTiles(count: number): boolean {
  const canvas = document.querySelector<HTMLElement>('canvas[data-chart]');
  if (canvas) return canvas.dataset.drawnTiles === String(count);
  return document.querySelectorAll('[data-tile]').length === count;
}

async function measureOnce(
  ctx: BenchContext,
  dataset: Dataset,
  renderer: Renderer,
): Promise<RunFigures> {
  const context = await ctx.browser.newContext({
    serviceWorkers: 'block',
    viewport: VIEWPORT,
  });
  // tsx compiles this file with esbuild's keepNames, which wraps the named
  // inner functions of page scripts in `__name(...)`: give the page one.
  await context.addInitScript('globalThis.__name = (fn) => fn;');
  const page = await context.newPage();
  try {
    if (dataset.landscape) {
      const body = JSON.stringify(dataset.landscape);
      await page.route(SHIPPED_URL, (route) =>
        route.fulfill({ body, contentType: 'application/json' }),
      );
    }
    await page.goto(`${ctx.baseUrl}/landscape?renderer=${renderer}`);
    await page.waitForFunction(showsTiles, dataset.items, {
      timeout: READY_TIMEOUT_MS,
      polling: 100,
    });
    const times = await page
      .waitForFunction(readRenderTimes, MARKS, { timeout: READY_TIMEOUT_MS })
      .then((handle) => handle.jsonValue());
    if (!times) throw new Error(`${dataset.label}: no render marks`);
    const zoom = frameFigures(await page.evaluate(runFrameScript, ZOOM));
    const zoomIn = page.getByRole('button', { name: 'Zoom in' });
    for (let i = 0; i < PAN_ZOOM_PRESSES; i += 1) await zoomIn.click();
    await page.waitForTimeout(500); // let the zoomed view settle
    const pan = frameFigures(await page.evaluate(runFrameScript, PAN));
    return { ...times, zoom, pan };
  } finally {
    await context.close();
  }
}

async function loadDatasets(ctx: BenchContext): Promise<Dataset[]> {
  const shipped = JSON.parse(
    await readFile(path.join(ctx.repoRoot, SHIPPED_FILE), 'utf8'),
  ) as { items: unknown[] };
  const datasets: Dataset[] = [
    {
      label: `shipped data (${shipped.items.length} items)`,
      landscape: null,
      items: shipped.items.length,
    },
  ];
  const file = landscapeYmlPath(ctx.repoRoot);
  if (!existsSync(file)) return datasets;
  const source = await readFile(file, 'utf8');
  // Converted in memory by the app's importer; never written to disk.
  for (const category of [CATEGORY, null]) {
    const result = importLandscape(source, {
      fileName: path.basename(file),
      asOf: '2026-08-07',
      category,
    });
    if (!result.ok) throw new Error(`${file}: ${result.message}`);
    const items = result.landscape.items.length;
    datasets.push({
      label: category
        ? `real file, ${category} (${items} items)`
        : `real file, whole (${items} items)`,
      landscape: result.landscape,
      items,
    });
  }
  return datasets;
}

function rowsFor(
  dataset: Dataset,
  renderer: Renderer,
  runs: RunFigures[],
): BenchRow[] {
  const group = `Landscape chart (${renderer === 'svg' ? 'SVG' : 'Canvas'}), ${dataset.label}`;
  const row = (name: string, pick: (r: RunFigures) => number): BenchRow => ({
    group,
    name,
    unit: 'ms',
    samples: runs.map(pick),
  });
  return [
    row('layout (d3)', (r) => r.layout),
    row('first render (data parsed → painted)', (r) => r.firstRender),
    row('zoom frame interval, median (60 Hz: 16.7)', (r) => r.zoom.median),
    row('zoom frame interval, p95', (r) => r.zoom.p95),
    row(
      'zoom frame main-thread work (input → drawn, laid out), median',
      (r) => r.zoom.work,
    ),
    row('pan frame interval, median', (r) => r.pan.median),
    row('pan frame interval, p95', (r) => r.pan.p95),
    row('pan frame main-thread work, median', (r) => r.pan.work),
  ];
}

export const landscapeChart: BenchGroup = {
  name: 'landscape chart',
  async run(ctx) {
    const datasets = await loadDatasets(ctx);
    const rows: BenchRow[] = [];
    for (const dataset of datasets) {
      for (const renderer of RENDERERS) {
        const runs: RunFigures[] = [];
        for (let run = 0; run < ctx.runs; run += 1) {
          runs.push(await measureOnce(ctx, dataset, renderer));
        }
        ctx.log(`landscape chart: ${dataset.label}, ${renderer} done`);
        rows.push(...rowsFor(dataset, renderer, runs));
      }
    }
    if (datasets.length === 1) {
      const reason = `${landscapeYmlPath(ctx.repoRoot)} is missing (set LANDSCAPE_YML)`;
      rows.push(
        {
          group: 'Landscape chart, real file',
          name: CATEGORY,
          unit: 'ms',
          samples: [],
          skipped: reason,
        },
        {
          group: 'Landscape chart, real file',
          name: 'whole',
          unit: 'ms',
          samples: [],
          skipped: reason,
        },
      );
    }
    return rows;
  },
};
