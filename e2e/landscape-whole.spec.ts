import { loadLandscapeYml } from '../src/testing/load-landscape-yml';
import { expect, test } from './support/fixtures';

import type { Page } from '@playwright/test';

/*
 * The chart on the whole real CNCF landscape (2,413 items, 15 categories),
 * converted in memory by the test-only loader and served in place of the
 * shipped file. Prints layout, render and zoom/pan frame timings.
 */
test.describe.configure({ timeout: 180_000 });

const STEPS = 60;

/** Zoom (Ctrl+wheel) or pan (drag) for STEPS frames; per-frame script+layout ms and frame intervals. */
async function interact(page: Page, kind: 'zoom' | 'pan') {
  return page.evaluate(
    async ({ kind, steps }) => {
      const svg = document.querySelector('svg[role="img"]')!;
      const box = svg.getBoundingClientRect();
      const cx = box.x + box.width / 2;
      const cy = box.y + box.height / 2;
      const tick = () => new Promise<number>((r) => requestAnimationFrame(r));
      const macrotask = () => new Promise<void>((r) => setTimeout(r));
      const work: number[] = [];
      const intervals: number[] = [];
      const mouse = (type: string, x: number, y: number, target: EventTarget) =>
        target.dispatchEvent(
          new MouseEvent(type, {
            bubbles: true,
            cancelable: true,
            view: window,
            clientX: x,
            clientY: y,
            button: 0,
          }),
        );
      if (kind === 'pan') mouse('mousedown', cx, cy, svg);
      let last = await tick();
      for (let i = 0; i < steps; i += 1) {
        const t0 = performance.now();
        if (kind === 'zoom') {
          svg.dispatchEvent(
            new WheelEvent('wheel', {
              bubbles: true,
              cancelable: true,
              ctrlKey: true,
              deltaY: i < steps / 2 ? -60 : 60,
              clientX: cx,
              clientY: cy,
            }),
          );
        } else {
          const a = (i / steps) * Math.PI * 2;
          mouse(
            'mousemove',
            cx + Math.cos(a) * 150,
            cy + Math.sin(a) * 100,
            window,
          );
        }
        await macrotask(); // React renders the new transform
        svg.getBoundingClientRect(); // and style + layout are forced
        work.push(performance.now() - t0);
        const now = await tick();
        intervals.push(now - last);
        last = now;
      }
      if (kind === 'pan') mouse('mouseup', cx, cy, window);
      return { work, intervals };
    },
    { kind, steps: STEPS },
  );
}

const median = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const p95 = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)] ?? NaN;
const fmt = (xs: number[]) =>
  `median ${median(xs).toFixed(1)} ms, p95 ${p95(xs).toFixed(1)} ms`;

test('the whole landscape renders, stays smooth and keyboard-reachable', async ({
  page,
}) => {
  const landscape = loadLandscapeYml();
  expect(landscape.items).toHaveLength(2413);
  await page.route('**/data/v1/landscape/observability.json', (route) =>
    route.fulfill({ json: landscape }),
  );
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/landscape');
  await expect(page.getByRole('img', { name: /CNCF landscape/ })).toBeVisible({
    timeout: 90_000,
  });
  await expect(page.locator('[data-tile]')).toHaveCount(2413);
  await expect(page.getByLabel('Category').locator('option')).toHaveCount(16);
  await expect(
    page.getByRole('listbox', { name: /2413 items/ }).getByRole('option'),
  ).toHaveCount(2413);
  await page.waitForTimeout(500);

  const render = await page.evaluate(() => {
    const mark = (n: string) =>
      performance.getEntriesByName(n).at(-1)?.startTime ?? NaN;
    const layout =
      performance.getEntriesByName('landscape:layout', 'measure').at(-1)
        ?.duration ?? NaN;
    const data = performance
      .getEntriesByType('resource')
      .find((r) => r.name.endsWith('observability.json')) as
      PerformanceResourceTiming | undefined;
    const start = mark('landscape:layout-start');
    return {
      layout,
      toCommit: mark('landscape:commit') - start,
      toPainted: mark('landscape:painted') - start,
      dataToPainted: mark('landscape:painted') - (data?.responseEnd ?? NaN),
    };
  });
  const zoom = await interact(page, 'zoom');
  const pan = await interact(page, 'pan');
  const report = [
    `whole landscape, 2,413 items at 1440×900 (headless Chromium):`,
    `  layout ${render.layout.toFixed(1)} ms; layout start → commit ${render.toCommit.toFixed(1)} ms; → painted ${render.toPainted.toFixed(1)} ms`,
    `  JSON received → painted (parse + validate + layout + render) ${render.dataToPainted.toFixed(1)} ms`,
    `  zoom frames: work ${fmt(zoom.work)}; interval ${fmt(zoom.intervals)}`,
    `  pan frames:  work ${fmt(pan.work)}; interval ${fmt(pan.intervals)}`,
  ].join('\n');
  console.info(report);
  await test
    .info()
    .attach('timings', { body: report, contentType: 'text/plain' });
  expect(render.toPainted).toBeGreaterThan(0);

  // Zoomed in, labels appear (level of detail).
  const fit = page.getByRole('button', { name: 'Fit' });
  if (await fit.isEnabled()) await fit.click();
  const labelsAtFit = await page.locator('svg[role="img"] > g text').count();
  for (let i = 0; i < 4; i += 1)
    await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect
    .poll(() => page.locator('svg[role="img"] > g text').count())
    .toBeGreaterThan(labelsAtFit);

  // Keyboard: reach an item and open it.
  const list = page.getByRole('listbox', { name: /2413 items/ });
  await list.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  // The item's panel opens with focus on its heading.
  await expect(page.locator('h2[id^="panel-"]')).toBeFocused();

  // One category at a time.
  await page.getByLabel('Category').selectOption('Observability and Analysis');
  await expect(page.locator('[data-tile]')).toHaveCount(217);
});
