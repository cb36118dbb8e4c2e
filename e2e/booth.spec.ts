import {
  expect,
  expectNoAxeViolations,
  test,
  useColorScheme,
} from './support/fixtures';

import type { Page } from '@playwright/test';

/** Long enough that a slow first load never reaches the auto-start. */
const INTERVAL_S = 30;
/** The machine running e2e can be very busy; the first paint may be slow. */
const FIRST_PAINT_MS = 30_000;
const IDLE_MS = 60_000;

async function openBooth(page: Page, query: string) {
  await page.goto(`/booth${query}`);
  await expect(page.getByRole('button', { name: 'Tap to start' })).toBeVisible({
    timeout: FIRST_PAINT_MS,
  });
}

/**
 * Presses a button while the fake clock is paused. A normal click waits
 * for the element to be stable across animation frames, which a paused
 * clock never delivers.
 */
async function tap(page: Page, name: string) {
  await page.getByRole('button', { name }).dispatchEvent('click');
}

/** With a fake clock installed: stop it, so only runFor moves time. */
async function freezeClock(page: Page) {
  // Data that arrives after the pause would never reach the screen:
  // TanStack Query hands results to React on a zero-delay timer.
  await page.waitForLoadState('networkidle');
  const now = await page.evaluate(() => Date.now());
  // Leave room for the round trip on a busy machine.
  await page.clock.pauseAt(now + 5000);
}

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const booth = (page: Page) => page.locator('[data-booth]');

test.describe('the booth loop (controlled clock)', () => {
  // A fake clock stays installed on a page: these tests get their own.
  test.use({ freshContext: true });

  test.beforeEach(async ({ page }) => {
    await page.clock.install();
  });

  test('slides advance at the interval and loop back to the attract screen', async ({
    page,
  }) => {
    await openBooth(page, `?slides=event,awards&interval=${INTERVAL_S}`);
    await freezeClock(page);
    await tap(page, 'Tap to start');
    await expect(booth(page)).toHaveAttribute('data-slide-id', 'event');
    await page.clock.runFor(INTERVAL_S * 1000 - 500);
    await expect(booth(page)).toHaveAttribute('data-slide-id', 'event');
    await page.clock.runFor(500);
    await expect(heading(page)).toHaveText('End User Awards 2024');
    await page.clock.runFor(INTERVAL_S * 1000);
    await expect(heading(page)).toHaveText('Lifetime Achievement Award 2024');
    await page.clock.runFor(INTERVAL_S * 1000);
    await expect(heading(page)).toHaveText('Community Awards 2024');
    await page.clock.runFor(INTERVAL_S * 1000);
    await expect(booth(page)).toHaveAttribute('data-phase', 'attract');
    // Left alone, the attract screen starts the loop again by itself.
    await page.clock.runFor(INTERVAL_S * 1000);
    await expect(booth(page)).toHaveAttribute('data-slide-id', 'event');
  });

  test('a visitor pauses it; after 60 s without input it resumes from the attract screen', async ({
    page,
  }) => {
    await openBooth(page, `?slides=event,awards&interval=${INTERVAL_S}`);
    await freezeClock(page);
    await tap(page, 'Tap to start');
    await page.keyboard.press('ArrowRight');
    await expect(heading(page)).toHaveText('End User Awards 2024');
    await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
    await page.clock.runFor(IDLE_MS - 1000);
    await expect(heading(page)).toHaveText('End User Awards 2024');
    await page.clock.runFor(1000);
    await expect(booth(page)).toHaveAttribute('data-phase', 'attract');
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
    await page.clock.runFor(INTERVAL_S * 1000);
    await expect(booth(page)).toHaveAttribute('data-slide-id', 'event');
  });

  test('the pause button holds the slide; play resumes it', async ({
    page,
  }) => {
    await openBooth(page, `?slides=event,awards&interval=${INTERVAL_S}`);
    await freezeClock(page);
    await tap(page, 'Tap to start');
    await tap(page, 'Pause');
    // Longer than the interval, shorter than the 60 s idle timeout.
    await page.clock.runFor(INTERVAL_S * 1500);
    await expect(booth(page)).toHaveAttribute('data-slide-id', 'event');
    await tap(page, 'Play');
    await page.clock.runFor(INTERVAL_S * 1000);
    await expect(booth(page)).toHaveAttribute('data-slide-id', 'awards');
  });
});

test('a key pressed as soon as the booth has loaded steers it, even when its code arrived late', async ({
  page,
}) => {
  // A URL with options has no prerendered page of its own: the app renders
  // from scratch, showing a skeleton while the booth's module loads.
  await page.route(/\/assets\/booth-[\w-]+\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await page.goto('/booth?slides=event,awards&interval=60');
  // goto returned once the app is ready: no waiting for the button here.
  await page.keyboard.press('ArrowRight');
  await expect(booth(page)).toHaveAttribute('data-slide-id', 'event');
});

test('arrow keys, clicks and swipes step through the slides', async ({
  page,
}) => {
  test.slow();
  await openBooth(page, '?slides=event,awards,then-now&interval=60');
  await page.keyboard.press('ArrowRight');
  await expect(booth(page)).toHaveAttribute('data-slide-id', 'event');
  await expect(booth(page)).toHaveAttribute('data-playing', 'false');
  await page.keyboard.press('ArrowRight');
  await expect(heading(page)).toHaveText('End User Awards 2024');
  await page.keyboard.press('ArrowLeft');
  await expect(booth(page)).toHaveAttribute('data-slide-id', 'event');
  await page.keyboard.press('k');
  await expect(booth(page)).toHaveAttribute('data-playing', 'true');

  const stage = page.getByRole('main');
  const box = await stage.boundingBox();
  if (!box) throw new Error('the stage has no box');
  const y = box.y + box.height / 2;
  // A tap on the right two thirds goes forward, on the left third back.
  await page.mouse.click(box.x + box.width * 0.8, y);
  await expect(heading(page)).toHaveText('End User Awards 2024');
  await page.mouse.click(box.x + box.width * 0.1, y);
  await expect(booth(page)).toHaveAttribute('data-slide-id', 'event');
  // A swipe to the left goes forward.
  await page.mouse.move(box.x + box.width * 0.2, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.05, y, { steps: 5 });
  await page.mouse.up();
  await expect(heading(page)).toHaveText('End User Awards 2024');
});

test('type is readable from three metres on a 1080p screen', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openBooth(page, '?slides=event');
  await page.getByRole('button', { name: 'Tap to start' }).click();
  await expect(heading(page)).toHaveText(/KubeCon/);
  const sizes = await page.evaluate(() => {
    const px = (el: Element | null) =>
      el ? parseFloat(getComputedStyle(el).fontSize) : 0;
    const main = document.querySelector('main');
    const texts = [...(main?.querySelectorAll('p, dt, dd, li') ?? [])];
    return {
      heading: px(document.querySelector('h1')),
      smallestBody: Math.min(...texts.map(px)),
    };
  });
  expect(sizes.heading).toBeGreaterThanOrEqual(72);
  expect(sizes.smallestBody).toBeGreaterThanOrEqual(36);
});

test('the landscape slides draw the chart, readable from three metres', async ({
  page,
}) => {
  test.slow();
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openBooth(page, '?slides=landscape,then-now&interval=120');
  await page.keyboard.press('ArrowRight');
  // The stops follow the landscape file's order: Feature Flagging first.
  await expect(heading(page)).toHaveText('Feature Flagging');
  // The tour zooms the chart into the stop's subcategory: 11 items.
  const tour = page.getByRole('img', {
    name: /Observability and Analysis, Feature Flagging, on/,
  });
  await expect(tour.locator('[data-tile]')).toHaveCount(11);
  const legend = page.getByRole('list', {
    name: 'CNCF status in Feature Flagging',
  });
  await expect(legend).toContainText('Incubating 1');
  await expect(legend).toContainText('Not a CNCF project');
  // Every tile is named (once the zoom has settled: a tile shows its name
  // at its final size), in letters of 24 px or more (36 px body type).
  await expect
    .poll(() => tour.locator('text').count())
    .toBeGreaterThanOrEqual(11);
  const labels = await tour
    .locator('text')
    .evaluateAll((texts) =>
      texts.map((t) => parseFloat(getComputedStyle(t).fontSize)),
    );
  expect(Math.min(...labels)).toBeGreaterThanOrEqual(24);
  // The chart fits the slide above the controls.
  const chartBox = await tour.boundingBox();
  const controls = await page
    .getByRole('region', { name: 'Booth controls' })
    .boundingBox();
  expect(chartBox && controls).toBeTruthy();
  expect(chartBox!.y + chartBox!.height).toBeLessThanOrEqual(controls!.y);
  // (axe on this slide: 'every slide passes axe' below.)

  await page.keyboard.press('ArrowRight');
  await expect(heading(page)).toHaveText('Chaos Engineering');
  await expect(
    page
      .getByRole('img', { name: /, Chaos Engineering, on/ })
      .locator('[data-tile]'),
  ).toHaveCount(12);

  await page.getByRole('button', { name: /then and now/ }).click();
  await expect(heading(page)).toHaveText('Then and now');
  const changed = page.getByRole('region', { name: 'Changed since the event' });
  await expect(changed).toContainText('OpenTelemetry');
  await expect(changed).toContainText('Incubating → Graduated');
  await expect(changed).toContainText('HolmesGPT');
  await expect(changed).toContainText('Not a CNCF project → Sandbox');
  await expect(
    page.getByRole('row', { name: /^Graduated 3 4$/ }),
  ).toBeVisible();
  const then = page.getByRole('img', { name: /on 12 November 2024 / });
  await expect(then.locator('[data-tile]')).toHaveCount(217);
  await expect(then.locator('[data-name-tag]')).toHaveText([
    'HolmesGPT',
    'OpenTelemetry',
  ]);
  // Then the same chart as of the latest data, every tile in its place.
  const now = page.getByRole('img', { name: /on 7 August 2026 / });
  await expect(now).toBeVisible({ timeout: 10_000 });
  await expect(now.locator('[data-tile]')).toHaveCount(217);
  const tagPx = await now
    .locator('[data-name-tag] text')
    .first()
    .evaluate((t) => parseFloat(getComputedStyle(t).fontSize));
  expect(tagPx).toBeGreaterThanOrEqual(24);
  await expectNoAxeViolations(page);
});

test('reduced motion: slides cut instead of sliding in', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openBooth(page, '?slides=event');
  await page.keyboard.press('ArrowRight');
  const view = page.getByRole('main').locator('> div');
  await expect(view).toHaveCSS('transition-duration', /^(0s|1e-05s)$/);
});

test('each slide links to the same view on the site, marked ref=booth', async ({
  page,
}) => {
  await openBooth(page, '?slides=announcements');
  await page.keyboard.press('ArrowRight');
  await expect(
    page.getByRole('img', {
      name: /^QR code for http:\/\/127\.0\.0\.1:\d+\/announcements\/tintri-csi\?ref=booth$/,
    }),
  ).toBeVisible();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`every slide passes axe (${scheme})`, async ({ page }) => {
    // axe takes several seconds a run on a busy machine; five runs here.
    test.setTimeout(300_000);
    await useColorScheme(page, scheme);
    await openBooth(page, `?theme=${scheme}&interval=120`);
    const dots = page
      .getByRole('list', { name: 'Jump to a slide' })
      .getByRole('button');
    const count = await dots.count();
    expect(count).toBe(5);
    for (let i = 0; i < count; i += 1) {
      await dots.nth(i).click();
      await expect(booth(page)).toHaveAttribute('data-slide-step', '0');
      await expect(page.getByRole('main').locator('> div')).toHaveCSS(
        'opacity',
        '1',
      );
      await expect(page.getByText('Loading…')).toHaveCount(0);
      await expectNoAxeViolations(page, { colours: scheme === 'dark' });
    }
  });
}

test('the setup page builds a booth address with a live preview', async ({
  page,
}) => {
  test.slow();
  await page.goto('/');
  await page.getByRole('link', { name: 'Set up booth mode' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Set up booth mode' }),
  ).toBeVisible();
  const eventBox = page.getByRole('checkbox', { name: /event at a glance/ });
  // The choice goes through the page's URL, so the box updates a beat later.
  await eventBox.click();
  await expect(eventBox).not.toBeChecked();
  await page.getByLabel('Seconds per slide').fill('12');
  const address = page.getByRole('textbox', { name: 'Booth address' });
  await expect(address).toHaveValue(
    /\/booth\?slides=awards,announcements,landscape,then-now&interval=12&theme=dark&qr=on$/,
  );
  const preview = page.frameLocator(
    'iframe[title="Preview of the booth screen"]',
  );
  await expect(
    preview.getByRole('button', { name: 'Tap to start' }),
  ).toBeVisible({ timeout: FIRST_PAINT_MS });
  // The framed booth has its own axe journey above; skip it here.
  await expectNoAxeViolations(page, { exclude: 'iframe' });
});

test('on a phone the booth address gets a line of its own, not a sliver beside the buttons', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/booth/setup');
  const address = page.getByRole('textbox', { name: 'Booth address' });
  await expect(address).toBeVisible();
  const box = (await address.boundingBox())!;
  const copy = (await page
    .getByRole('button', { name: 'Copy', exact: true })
    .boundingBox())!;
  // 390 px less the page's padding; the buttons wrap below it.
  expect(box.width).toBeGreaterThan(300);
  expect(copy.y).toBeGreaterThan(box.y + box.height - 1);
});

test('at 1920 × 1080 the attract screen shows the event and every ignored-setting note above the controls', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(
    '/booth?slides=awards,foo,bar,baz&interval=2&theme=pink&qr=maybe',
  );
  const notes = page.getByRole('region', { name: 'Ignored settings' });
  await expect(notes).toBeVisible();
  const heading = (await page
    .getByRole('heading', { level: 1 })
    .boundingBox())!;
  const notesBox = (await notes.boundingBox())!;
  const controls = (await page
    .getByRole('button', { name: /Previous/ })
    .boundingBox())!;
  expect(heading.y).toBeGreaterThanOrEqual(0);
  expect(notesBox.y + notesBox.height).toBeLessThanOrEqual(controls.y);
});
