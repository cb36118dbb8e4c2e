import { readFileSync } from 'node:fs';
import path from 'node:path';

import { LANDSCAPE_MARKS } from '@/features/landscape/chart-marks';
import { readShippedLandscape } from '@/testing/shipped-landscape';

import { msRows, openBenchPage } from './bench-types';

import type { BenchContext, BenchGroup } from './bench-types';
import type { Page } from '@playwright/test';

/*
 * What a reader waits for after a click or for logos: one status chip on
 * the whole landscape (canvas), and the logos of a subcategory drawn on
 * the canvas. Logos are the team's drawings (src/testing/logos), served
 * locally for the default logo host in both, so the network is not
 * measured (unserved, every logo of the filtered chart fails and its
 * removal counts as a redraw).
 */

const READY_TIMEOUT_MS = 120_000;
/** The chart counts as settled after this long without a redraw, ms. */
const QUIET_MS = 600;
/** A click whose chart has not settled by then is a failed run, ms. */
const SETTLE_TIMEOUT_MS = 15_000;
const LOGO_CATEGORY = 'Observability and Analysis';
const LOGO_ZOOM = 'Chaos Engineering';

async function serveTestLogos(page: Page, repoRoot: string) {
  const dir = path.join(repoRoot, 'src/testing/logos');
  const logos = ['test-logo.svg', 'test-logo-wide.svg'].map((f) =>
    readFileSync(path.join(dir, f)),
  );
  await page.route(/\/hosted_logos\/[^/]+$/, (route) =>
    route.fulfill({
      contentType: 'image/svg+xml',
      headers: { 'access-control-allow-origin': '*' },
      body: logos[route.request().url().length % logos.length],
    }),
  );
}

/**
 * Clicks a status chip and times the chart's redraws: every frame changes
 * the chart frame's nodes (the canvas's `data-drawn-*` counts, or the SVG
 * tiles' positions; 38 tiles are drawn as SVG). Returns the first frame
 * showing the chip's count of tiles, and the last frame before the chart
 * stays still (the glide ends), ms after the click.
 */
function clickAndSettle(
  button: HTMLElement,
  { quietMs, timeoutMs }: { quietMs: number; timeoutMs: number },
): Promise<{ first: number; settled: number }> {
  const expected = Number(/\d+/.exec(button.textContent ?? '')?.[0]);
  const frame = document.querySelector('[data-chart]')?.parentElement;
  if (!frame) throw new Error('no chart');
  const shown = () => {
    const canvas = frame.querySelector<HTMLElement>('canvas[data-chart]');
    return canvas
      ? Number(canvas.dataset.drawnTiles)
      : frame.querySelectorAll('[data-tile]').length;
  };
  return new Promise((resolve) => {
    let first = NaN;
    let last = NaN;
    let timer = 0;
    const start = performance.now();
    const done = () => {
      observer.disconnect();
      resolve({ first, settled: last });
    };
    const observer = new MutationObserver(() => {
      const now = performance.now() - start;
      if (Number.isNaN(first) && shown() === expected) first = now;
      last = now;
      clearTimeout(timer);
      timer = window.setTimeout(done, quietMs);
    });
    observer.observe(frame, {
      attributes: true,
      childList: true,
      subtree: true,
    });
    window.setTimeout(done, timeoutMs);
    button.click();
  });
}

async function filterOnce(ctx: BenchContext, total: number) {
  const { context, page } = await openBenchPage(ctx);
  try {
    await serveTestLogos(page, ctx.repoRoot);
    await page.goto(`${ctx.baseUrl}/landscape?category=all`);
    const chart = page.locator('canvas[data-chart]');
    await chart.waitFor({ timeout: READY_TIMEOUT_MS });
    await page.waitForFunction(
      (n) =>
        document.querySelector<HTMLElement>('canvas[data-chart]')?.dataset
          .drawnTiles === String(n),
      total,
      { timeout: READY_TIMEOUT_MS },
    );
    await page.waitForTimeout(QUIET_MS);
    const chip = page.getByRole('button', { name: /^Graduated/ });
    return await chip.evaluate(clickAndSettle, {
      quietMs: QUIET_MS,
      timeoutMs: SETTLE_TIMEOUT_MS,
    });
  } finally {
    await context.close();
  }
}

async function logosOnce(ctx: BenchContext) {
  const { context, page } = await openBenchPage(ctx);
  try {
    await serveTestLogos(page, ctx.repoRoot);
    const query = new URLSearchParams({
      category: LOGO_CATEGORY,
      zoom: LOGO_ZOOM,
      renderer: 'canvas',
    });
    await page.goto(`${ctx.baseUrl}/landscape?${query}`);
    const marks = {
      painted: LANDSCAPE_MARKS.painted,
      logos: LANDSCAPE_MARKS.logosDrawn,
    };
    await page.waitForFunction(
      (m) => performance.getEntriesByName(m.logos, 'mark').length > 0,
      marks,
      { timeout: READY_TIMEOUT_MS },
    );
    await page.waitForTimeout(QUIET_MS * 2);
    return await page.evaluate((m) => {
      const canvas = document.querySelector<HTMLElement>('canvas[data-chart]');
      const painted = performance.getEntriesByName(m.painted, 'mark')[0];
      const logos = performance.getEntriesByName(m.logos, 'mark').at(-1);
      return {
        names: painted?.startTime ?? NaN,
        logos: logos?.startTime ?? NaN,
        count: Number(canvas?.dataset.drawnLogos ?? 0),
        labels: Number(canvas?.dataset.drawnLabels ?? 0),
      };
    }, marks);
  } finally {
    await context.close();
  }
}

export const landscapeClicks: BenchGroup = {
  name: 'landscape filter and logos',
  async run(ctx) {
    const { index } = readShippedLandscape();
    const filter = [];
    for (let run = 0; run < ctx.runs; run += 1)
      filter.push(await filterOnce(ctx, index.items));
    ctx.log('landscape filter done');
    const logos = [];
    for (let run = 0; run < ctx.runs; run += 1)
      logos.push(await logosOnce(ctx));
    ctx.log('landscape logos done');
    const drawn = logos.at(-1);
    const filterGroup = `One-click status filter, whole landscape (${index.items} items → Graduated only, canvas)`;
    const logoGroup = `First render with logos: ${LOGO_ZOOM} on the canvas (${drawn?.count ?? 0} logos on ${drawn?.labels ?? 0} labelled tiles)`;
    return [
      ...msRows(filterGroup, filter, {
        'click → first frame of the new layout': (f) => f.first,
        'click → settled (the last redraw; target ≤ 200)': (f) => f.settled,
      }),
      ...msRows(logoGroup, logos, {
        'navigation → names painted': (l) => l.names,
        'navigation → every logo in view drawn': (l) => l.logos,
      }),
    ];
  },
};
