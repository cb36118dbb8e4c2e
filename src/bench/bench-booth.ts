import { measureBoothHeap } from './booth-heap';

import type { BenchGroup, BenchRow } from './bench-types';

const TRANSITIONS = 300;
/** One run drives 330 transitions (30 warm-up) and takes 15–30 s, so this
 * group makes fewer runs than the others (BENCH_BOOTH_RUNS overrides). */
const DEFAULT_RUNS = 3;
/** A booth screen. */
const VIEWPORT = { width: 1920, height: 1080 };
const MB = 1024 * 1024;

export const boothHeap: BenchGroup = {
  name: 'booth heap',
  async run(ctx) {
    const runs = Math.max(
      1,
      Number(process.env.BENCH_BOOTH_RUNS ?? Math.min(DEFAULT_RUNS, ctx.runs)),
    );
    const row: BenchRow = {
      group: 'Booth',
      name: `JS heap growth across ${TRANSITIONS} slide transitions`,
      unit: 'MB',
      samples: [],
      note: `live objects after forced GC, 30 warm-up transitions first; ${runs} runs, not ${ctx.runs}: one run takes 15–30 s`,
    };
    for (let run = 0; run < runs; run += 1) {
      // Measure the app, not the service worker's precaching.
      const context = await ctx.browser.newContext({
        serviceWorkers: 'block',
        viewport: VIEWPORT,
      });
      try {
        const page = await context.newPage();
        const result = await measureBoothHeap(page, ctx.baseUrl, {
          transitions: TRANSITIONS,
        });
        row.samples.push(result.growthBytes / MB);
        ctx.log(
          `booth: run ${run + 1}/${runs}, ${(result.growthBytes / MB).toFixed(2)} MB in ${Math.round(result.durationMs / 1000)} s`,
        );
      } finally {
        await context.close();
      }
    }
    return [row];
  },
};
