import { APP_MARKS } from '@/config/app-marks';
import { LANDSCAPE_MARKS } from '@/features/landscape/chart-marks';
import { TIMELINE_MARKS } from '@/features/timeline/timeline-perf-marks';

import { extension, KB, loadOnce } from './bench-bytes';
import { openBenchPage } from './bench-types';

import type { BenchContext, BenchGroup, BenchRow } from './bench-types';

const ROUTE = '/landscape/timeline';
const READY_TIMEOUT_MS = 120_000;
const GROUP = `Timeline ${ROUTE}, shipped data (whole landscape)`;

type RunFigures = {
  /** Data parsed and validated → the chart painted. */
  firstRender: number;
  /** Data parsed → the moves, stats and the chart's table painted too. */
  allPainted: number;
  /** The chart's model: the day-by-day series and the move totals. */
  model: number;
  /** The rest of the model (moves, stats), in the deferred render. */
  listModel: number;
};

/** Reads the marks of the first paint after the data was parsed. */
function readTimelineTimes(marks: {
  parsed: string;
  hydrated: string;
  model: string;
  listModel: string;
  painted: string;
  allPainted: string;
}): RunFigures | null {
  // A prerendered page carries its data: it is available once hydrated.
  const parsed =
    performance.getEntriesByName(marks.parsed, 'mark')[0] ??
    performance.getEntriesByName(marks.hydrated, 'mark')[0];
  if (!parsed) return null;
  const after = (entries: PerformanceEntryList) =>
    entries.find((e) => e.startTime >= parsed.startTime);
  const model = after(performance.getEntriesByName(marks.model, 'measure'));
  const listModel = after(
    performance.getEntriesByName(marks.listModel, 'measure'),
  );
  const painted = after(performance.getEntriesByName(marks.painted, 'mark'));
  const all = after(performance.getEntriesByName(marks.allPainted, 'mark'));
  if (!model || !listModel || !painted || !all) return null;
  return {
    model: model.duration,
    listModel: listModel.duration,
    firstRender: painted.startTime - parsed.startTime,
    allPainted: all.startTime - parsed.startTime,
  };
}

/** A phone: the prerendered chart (drawn for the widest column) is redrawn at the measured width. */
const PHONE = { width: 390, height: 844 };

async function measureOnce(
  ctx: BenchContext,
  viewport?: typeof PHONE,
): Promise<RunFigures> {
  const { context, page } = await openBenchPage(ctx, viewport);
  try {
    await page.goto(ctx.baseUrl + ROUTE);
    const times = await page
      .waitForFunction(
        readTimelineTimes,
        {
          parsed: LANDSCAPE_MARKS.parsed,
          hydrated: APP_MARKS.dataHydrated,
          model: TIMELINE_MARKS.model,
          listModel: TIMELINE_MARKS.listModel,
          painted: TIMELINE_MARKS.painted,
          allPainted: TIMELINE_MARKS.allPainted,
        },
        { timeout: READY_TIMEOUT_MS, polling: 50 },
      )
      .then((handle) => handle.jsonValue());
    if (!times) throw new Error(`${ROUTE}: no timeline marks`);
    // The figures must be the chart's: check it is on the page.
    await page
      .getByRole('slider', { name: 'Day on the timeline' })
      .waitFor({ timeout: READY_TIMEOUT_MS });
    return times;
  } finally {
    await context.close();
  }
}

/** JS the route loads, and the part of it `/` does not load (the route's own). */
async function routeBytes(ctx: BenchContext) {
  const scripts = async (route: string) =>
    (await loadOnce(ctx, route)).filter((r) => extension(r) === 'js');
  const home = new Set((await scripts('/')).map((r) => r.url));
  const timeline = await scripts(ROUTE);
  return {
    total: KB(timeline),
    own: KB(timeline.filter((r) => !home.has(r.url))),
  };
}

/**
 * The timeline page on the shipped data: its first render after the data
 * is available (issue 14's target: at most 100 ms) and its JS weight.
 */
export const timelinePage: BenchGroup = {
  name: 'timeline',
  async run(ctx) {
    const runs: RunFigures[] = [];
    const phoneRuns: RunFigures[] = [];
    const bytes: { total: number; own: number }[] = [];
    for (let run = 0; run < ctx.runs; run += 1) {
      runs.push(await measureOnce(ctx));
      phoneRuns.push(await measureOnce(ctx, PHONE));
      bytes.push(await routeBytes(ctx));
      ctx.log(`timeline: run ${run + 1}/${ctx.runs}`);
    }
    const row = (
      name: string,
      unit: BenchRow['unit'],
      samples: number[],
    ): BenchRow => ({ group: GROUP, name, unit, samples });
    return [
      row(
        'first render: data parsed or hydrated → chart painted (target ≤ 100 ms)',
        'ms',
        runs.map((r) => r.firstRender),
      ),
      row(
        'the same at 390 px (the chart redrawn at the measured width)',
        'ms',
        phoneRuns.map((r) => r.firstRender),
      ),
      row(
        'data available → moves, stats and the chart table painted too',
        'ms',
        runs.map((r) => r.allPainted),
      ),
      row(
        "of which the chart's model (series, move totals)",
        'ms',
        runs.map((r) => r.model),
      ),
      row(
        'the rest of the model (moves, stats), after the chart',
        'ms',
        runs.map((r) => r.listModel),
      ),
      row(
        'first-load JS, gzipped (every script the route loads)',
        'KB',
        bytes.map((b) => b.total),
      ),
      row(
        "first-load JS, gzipped: the route's own (what / does not load)",
        'KB',
        bytes.map((b) => b.own),
      ),
    ];
  },
};
