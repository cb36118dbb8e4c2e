import { gotoAndSettle } from './settle-page';

import type { BenchContext, BenchGroup, BenchRow } from './bench-types';

const ROUTES = [
  '/',
  '/announcements',
  '/awards',
  '/landscape',
  '/embed/leaderboard',
];
/**
 * The LCP targets (ms, median, 4× throttling); the embed is the
 * floor they are read against. Printed beside each LCP row.
 */
const LCP_TARGET_MS: Record<string, number> = {
  '/': 1200,
  '/announcements': 1200,
  '/awards': 1200,
  '/landscape': 1500,
};
/** Chrome DevTools' "4× slowdown", as a mid-range phone. */
const CPU_SLOWDOWN = 4;
/** Quiet time after network idle before reading the figures. */
const SETTLE_MS = 1000;
/** How long to wait for a contentful paint before giving up. */
const PAINT_TIMEOUT_MS = 30_000;
/** Long tasks block for their time beyond 50 ms (as Lighthouse counts). */
const LONG_TASK_MS = 50;

type Vitals = { lcp: number; tbt: number };

/** Installed before any page script: collects LCP and long tasks. */
function observeVitals() {
  const store = { lcp: 0, tasks: [] as [number, number][] };
  (window as unknown as { __vitals: typeof store }).__vitals = store;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) store.lcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      store.tasks.push([entry.startTime, entry.duration]);
    }
  }).observe({ type: 'longtask', buffered: true });
}

/** Reads LCP and total blocking time (long tasks after FCP, clipped). */
function readVitals(longTaskMs: number): Vitals {
  const store = (
    window as unknown as {
      __vitals: { lcp: number; tasks: [number, number][] };
    }
  ).__vitals;
  const fcp =
    performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
  let tbt = 0;
  for (const [start, duration] of store.tasks) {
    const end = start + duration;
    if (end <= fcp) continue;
    tbt += Math.max(0, end - Math.max(start, fcp) - longTaskMs);
  }
  return { lcp: store.lcp, tbt };
}

async function measureOnce(ctx: BenchContext, path: string): Promise<Vitals> {
  const context = await ctx.browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.addInitScript(observeVitals);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await gotoAndSettle(page, ctx.baseUrl + path);
  // Content may paint after the network is idle (data, then render).
  await page
    .waitForFunction(
      () =>
        (window as unknown as { __vitals: { lcp: number } }).__vitals.lcp > 0,
      undefined,
      { timeout: PAINT_TIMEOUT_MS },
    )
    .catch(() => {
      throw new Error(`no largest contentful paint on ${path}`);
    });
  await page.waitForTimeout(SETTLE_MS);
  const vitals = await page.evaluate(readVitals, LONG_TASK_MS);
  await context.close();
  return vitals;
}

export const webVitals: BenchGroup = {
  name: 'LCP and TBT',
  async run(ctx) {
    const group = `${CPU_SLOWDOWN}× CPU throttling`;
    const rows: BenchRow[] = [];
    for (const path of ROUTES) {
      const lcp: BenchRow = {
        group,
        name: `LCP ${path}`,
        unit: 'ms',
        samples: [],
        ...(LCP_TARGET_MS[path]
          ? { note: `target ≤ ${LCP_TARGET_MS[path]} ms` }
          : { note: 'the floor: prerendered, no app bundle' }),
      };
      const tbt: BenchRow = {
        group,
        name: `TBT ${path}`,
        unit: 'ms',
        samples: [],
      };
      for (let run = 0; run < ctx.runs; run += 1) {
        const vitals = await measureOnce(ctx, path);
        lcp.samples.push(vitals.lcp);
        tbt.samples.push(vitals.tbt);
      }
      ctx.log(`vitals: ${path} done`);
      rows.push(lcp, tbt);
    }
    // LCP rows first, then TBT, so the table reads by metric.
    return [
      ...rows.filter((r) => r.name.startsWith('LCP')),
      ...rows.filter((r) => r.name.startsWith('TBT')),
    ];
  },
};
