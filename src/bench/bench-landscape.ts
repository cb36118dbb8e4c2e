import { LANDSCAPE_MARKS } from '@/features/landscape/chart-marks';
import { readShippedLandscape } from '@/testing/shipped-landscape';

import { openBenchPage } from './bench-types';
import { readRenderTimes, runFrameScript } from './landscape-frames';
import { quantile } from './stats';

import type { BenchContext, BenchGroup, BenchRow } from './bench-types';
import type { FrameScript, RenderTimes } from './landscape-frames';

const CATEGORY = 'Observability and Analysis';
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

/** A view of the shipped data, served as built. */
type Dataset = {
  label: string;
  /** `?category=` of /landscape (`all`: every category's file). */
  category: string;
  items: number;
};
/** Both renderers on every dataset: the figures that set CANVAS_MIN_TILES. */
const RENDERERS = ['svg', 'canvas'] as const;
type Renderer = (typeof RENDERERS)[number];

type RunFigures = RenderTimes & {
  /** Navigation start → the data fetched, parsed and validated. */
  dataReady: number;
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
  const { context, page } = await openBenchPage(ctx);
  try {
    const query = new URLSearchParams({ category: dataset.category, renderer });
    await page.goto(`${ctx.baseUrl}/landscape?${query}`);
    await page.waitForFunction(showsTiles, dataset.items, {
      timeout: READY_TIMEOUT_MS,
      polling: 100,
    });
    const times = await page
      .waitForFunction(readRenderTimes, MARKS, { timeout: READY_TIMEOUT_MS })
      .then((handle) => handle.jsonValue());
    if (!times) throw new Error(`${dataset.label}: no render marks`);
    const dataReady = await page.evaluate(
      (name) => performance.getEntriesByName(name, 'mark')[0]?.startTime ?? NaN,
      MARKS.parsed,
    );
    const zoom = frameFigures(await page.evaluate(runFrameScript, ZOOM));
    const zoomIn = page.getByRole('button', { name: 'Zoom in' });
    for (let i = 0; i < PAN_ZOOM_PRESSES; i += 1) await zoomIn.click();
    await page.waitForTimeout(500); // let the zoomed view settle
    const pan = frameFigures(await page.evaluate(runFrameScript, PAN));
    return { ...times, dataReady, zoom, pan };
  } finally {
    await context.close();
  }
}

/** One category (the default view) and the whole landscape. */
function loadDatasets(): Dataset[] {
  const { index } = readShippedLandscape();
  const category = index.categories.find((c) => c.name === CATEGORY);
  if (!category) throw new Error(`the shipped data has no ${CATEGORY}`);
  return [
    {
      label: `${CATEGORY} (${category.items} items)`,
      category: CATEGORY,
      items: category.items,
    },
    {
      label: `whole landscape (${index.items} items)`,
      category: 'all',
      items: index.items,
    },
  ];
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
    row('data fetched + parsed (navigation → parsed)', (r) => r.dataReady),
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
    const datasets = loadDatasets();
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
    return rows;
  },
};
