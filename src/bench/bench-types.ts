import type { Browser, BrowserContext, Page } from '@playwright/test';

/** One measured figure: every sample is kept, the table shows the spread. */
export type BenchRow = {
  /** Table section, e.g. `First load (gzipped JS + CSS)`. */
  group: string;
  name: string;
  /** KB and MB are binary (1,024 B; 1,024 KB), as the budgets are. */
  unit: 'KB' | 'MB' | 'ms';
  samples: number[];
  /** Why a row has no samples (shown instead of figures; never faked). */
  skipped?: string;
  /** Also show the 95th percentile (frame times). */
  p95?: boolean;
  /** Printed under the table, e.g. why a row has fewer runs. */
  note?: string;
};

/**
 * One millisecond row per named figure of a set of runs, in one group:
 * `msRows(group, runs, { 'click → settled': (r) => r.settled })`.
 */
export function msRows<T>(
  group: string,
  runs: readonly T[],
  figures: Record<string, (run: T) => number>,
): BenchRow[] {
  return Object.entries(figures).map(([name, pick]) => ({
    group,
    name,
    unit: 'ms',
    samples: runs.map(pick),
  }));
}

/** What every measurement group gets. */
export type BenchContext = {
  browser: Browser;
  /** `http://127.0.0.1:<port>` of `vite preview` serving `dist/`. */
  baseUrl: string;
  runs: number;
  repoRoot: string;
  /** Progress lines for the operator (stderr). */
  log: (message: string) => void;
};

/** A group of measurements; add one file per group (see run-bench.ts). */
export type BenchGroup = {
  name: string;
  run: (ctx: BenchContext) => Promise<BenchRow[]>;
};

/**
 * A fresh context and page for one measured run (no service worker, a
 * 1440 × 900 desktop unless another viewport is given). Close the context
 * when done.
 */
export async function openBenchPage(
  ctx: BenchContext,
  viewport = { width: 1440, height: 900 },
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await ctx.browser.newContext({
    serviceWorkers: 'block',
    viewport,
  });
  // tsx compiles the bench with esbuild's keepNames, which wraps the named
  // inner functions of page scripts in `__name(...)`: give the page one.
  await context.addInitScript('globalThis.__name = (fn) => fn;');
  return { context, page: await context.newPage() };
}
