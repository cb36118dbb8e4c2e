import { gzipSync } from 'node:zlib';

import { PREVIEW_PORT } from './playwright.config';
import { expect, test, useColorScheme } from './support/fixtures';
import { hostPage, startHostServer } from './support/host-page';

import type { HostServer } from './support/host-page';
import type { Frame, Page } from '@playwright/test';

/** The host page's own origin: another port, so another origin. */
const HOST_PORT = Number(process.env.E2E_HOST_PORT ?? PREVIEW_PORT + 20);
const APP = `http://127.0.0.1:${PREVIEW_PORT}`;
const MAX_EMBED_BYTES = 25 * 1024;
const MAX_LOADER_BYTES = 2 * 1024;

// One host server per file: keep these tests in one worker, in order.
test.describe.configure({ mode: 'default', timeout: 90_000 });
/** The app's first load can be slow on a busy CI machine. */

let host: HostServer;
test.beforeAll(async () => {
  host = await startHostServer(HOST_PORT);
});
test.afterAll(async () => {
  await host.close();
});

async function openHost(
  page: Page,
  options: { query?: string; loader?: boolean; path?: string } = {},
) {
  const name = `/page-${Math.random().toString(36).slice(2)}`;
  host.setPage(name, hostPage({ appOrigin: APP, ...options }));
  await page.goto(`${host.origin}${name}`);
  return page.frameLocator('iframe');
}

function embedFrame(page: Page): Frame {
  const frame = page.frames().find((f) => f.url().includes('/embed/'));
  if (!frame) throw new Error('no embed frame on the page');
  return frame;
}

/** Relative luminance-like lightness (0–1) of the embed's body text. */
const textLightness = (page: Page) =>
  embedFrame(page).evaluate(() => {
    const probe = document.createElement('canvas').getContext('2d')!;
    probe.fillStyle = getComputedStyle(document.body).color;
    probe.fillRect(0, 0, 1, 1);
    const [r, g, b] = probe.getImageData(0, 0, 1, 1).data;
    return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
  });

const contentHeight = (frame: Frame) =>
  frame.evaluate(() =>
    Math.ceil(document.documentElement.getBoundingClientRect().height),
  );

test('the leaderboard renders in a frame on another origin', async ({
  page,
}) => {
  const frame = await openHost(page);
  await expect(
    frame.getByRole('heading', { level: 1, name: /^Awards at KubeCon/ }),
  ).toBeVisible();
  await expect(frame.getByRole('heading', { name: 'Adobe' })).toBeVisible();
  await expect(frame.getByText('5,160+')).toBeVisible();
  await expect(
    frame.getByRole('heading', { name: 'Tim Hockin' }),
  ).toBeVisible();
  await expect(frame.getByText('No winners named.')).toBeVisible();
  for (const link of await frame.getByRole('link').all()) {
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', /noopener/);
  }
  expect(await page.context().cookies(APP)).toEqual([]);
  expect(
    await embedFrame(page).evaluate(
      () => localStorage.length + sessionStorage.length,
    ),
  ).toBe(0);
});

test('with the loader the frame takes the height of its content', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const frame = await openHost(page, { loader: true });
  await expect(frame.getByRole('heading', { name: 'Adobe' })).toBeVisible();
  const iframe = page.locator('iframe');
  const content = await contentHeight(embedFrame(page));
  await expect(iframe).toHaveCSS('height', `${content}px`);
  expect(content).not.toBe(1100);

  // It follows the content when the width changes (more lines per text).
  await page.setViewportSize({ width: 380, height: 800 });
  await expect
    .poll(async () => {
      const [box, inner] = [
        await iframe.boundingBox(),
        await contentHeight(embedFrame(page)),
      ];
      return Math.abs((box?.height ?? 0) - inner);
    })
    .toBeLessThanOrEqual(1);
  expect((await iframe.boundingBox())!.height).toBeGreaterThan(content);
});

test('the loader shrinks a frame showing one small award', async ({ page }) => {
  const frame = await openHost(page, {
    loader: true,
    query: '?award=lifetime',
  });
  await expect(
    frame.getByRole('heading', { name: 'Tim Hockin' }),
  ).toBeVisible();
  await expect
    .poll(async () => (await page.locator('iframe').boundingBox())?.height)
    .toBeLessThan(500);
});

test('without the loader the frame keeps its fixed height and scrolls', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 800 });
  const frame = await openHost(page);
  await expect(frame.getByRole('heading', { name: 'Adobe' })).toBeVisible();
  expect((await page.locator('iframe').boundingBox())?.height).toBe(1100);
  await frame.getByText('No winners named.').scrollIntoViewIfNeeded();
  await expect(frame.getByText('No winners named.')).toBeInViewport();
});

test('with JavaScript disabled the framed leaderboard is still readable', async ({
  browser,
}) => {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    colorScheme: 'dark',
  });
  const page = await context.newPage();
  const frame = await openHost(page);
  await expect(frame.getByRole('heading', { name: 'Adobe' })).toBeVisible();
  await expect(
    frame.getByRole('heading', { name: 'Capital One' }),
  ).toBeVisible();
  await expect(frame.getByRole('heading', { name: 'Reddit' })).toBeVisible();
  await expect(
    frame.getByRole('heading', { name: 'Tim Hockin' }),
  ).toBeVisible();
  await expect(frame.getByText('No winners named.')).toBeVisible();
  // The default theme follows the visitor's system without any script.
  await expect(frame.locator('html')).toHaveCSS('color-scheme', 'dark');
  await context.close();
});

test('the frame honours theme, bg and award', async ({ page }) => {
  await useColorScheme(page, 'light');
  const frame = await openHost(page, {
    query: '?theme=dark&bg=%23102030&award=end-user&accent=orange',
  });
  await expect(frame.getByRole('heading', { name: 'Adobe' })).toBeVisible();
  const html = frame.locator('html');
  await expect(html).toHaveClass('dark');
  await expect(html).toHaveCSS('background-color', 'rgb(16, 32, 48)');
  await expect(frame.getByRole('heading', { name: 'Tim Hockin' })).toBeHidden();
  await expect(frame.getByText('No winners named.')).toBeHidden();
  // Dark theme: light text (CIE lightness near 100) on the dark page.
  expect(await textLightness(page)).toBeGreaterThan(0.85);
});

for (const { theme, visitor, text } of [
  { theme: 'auto', visitor: 'dark', text: 'dark' },
  { theme: 'light', visitor: 'dark', text: 'dark' },
  { theme: 'dark', visitor: 'light', text: 'light' },
] as const) {
  test(`on a transparent background, theme=${theme} keeps ${text} text for a visitor whose system is ${visitor}`, async ({
    page,
  }) => {
    // The host page is the organiser's: its colours do not change with the
    // visitor's system, so neither may the embed's text on top of it.
    await useColorScheme(page, visitor);
    const frame = await openHost(page, {
      query: `?theme=${theme}&bg=transparent`,
    });
    await expect(frame.getByRole('heading', { name: 'Adobe' })).toBeVisible();
    await expect(frame.locator('html')).toHaveCSS(
      'background-color',
      'rgba(0, 0, 0, 0)',
    );
    const lightness = await textLightness(page);
    if (text === 'dark') expect(lightness).toBeLessThan(0.2);
    else expect(lightness).toBeGreaterThan(0.85);
  });
}

test('a transparent background shows the host page through the frame', async ({
  page,
}) => {
  await useColorScheme(page, 'light');
  const frame = await openHost(page, {
    query: '?theme=light&bg=transparent&title=off&limit=1',
  });
  await expect(frame.getByRole('heading', { name: 'Adobe' })).toBeVisible();
  await expect(frame.locator('html')).toHaveCSS(
    'background-color',
    'rgba(0, 0, 0, 0)',
  );
  await expect(
    frame.getByRole('heading', { name: 'Capital One' }),
  ).toBeHidden();
  await expect(
    frame.getByRole('heading', { level: 1, name: /^Awards at/ }),
  ).toHaveClass(/sr-only/);
});

test('hostile parameters fall back to the defaults', async ({ page }) => {
  const frame = await openHost(page, {
    query:
      '?theme=%3Cscript%3Ealert(1)%3C/script%3E&bg=red;background:url(//x)&accent=%22%3E%3Cimg%20src=x%3E&limit=-3&award=__proto__',
  });
  await expect(frame.getByRole('heading', { name: 'Reddit' })).toBeVisible();
  await expect(
    frame.getByRole('heading', { name: 'Tim Hockin' }),
  ).toBeVisible();
  await expect(frame.locator('html')).toHaveClass('theme-auto');
  await expect(frame.locator('html')).not.toHaveAttribute('style');
  await expect(frame.locator('img')).toHaveCount(0);
});

test('the embed weighs at most 25 KB gzipped and loads no app bundle', async ({
  browser,
}) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const transfers: { url: string; gzip: number }[] = [];
  page.on('response', async (response) => {
    const body = await response.body().catch(() => Buffer.alloc(0));
    transfers.push({ url: response.url(), gzip: gzipSync(body).length });
  });
  await page.goto(`${APP}/embed/leaderboard?theme=dark&award=all`);
  await expect(page.getByRole('heading', { name: 'Adobe' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  const total = transfers.reduce((sum, t) => sum + t.gzip, 0);
  console.log(
    `embed transfer: ${total} B gzipped`,
    transfers.map((t) => `${new URL(t.url).pathname} ${t.gzip} B`),
  );
  expect(transfers.map((t) => new URL(t.url).pathname)).not.toContainEqual(
    expect.stringMatching(/^\/assets\//),
  );
  expect(total).toBeLessThanOrEqual(MAX_EMBED_BYTES);

  const loader = await page.request.get(`${APP}/embed/loader.js`);
  expect(gzipSync(await loader.body()).length).toBeLessThanOrEqual(
    MAX_LOADER_BYTES,
  );
  await context.close();
});

test('an unknown /embed/ path is a 404 that cannot be framed', async ({
  page,
}) => {
  for (const path of [
    '/embed/x',
    '/embed/',
    '/embed/leaderboard/x',
    '/embed/assets/missing.js',
  ]) {
    const response = await page.request.get(`${APP}${path}`);
    expect(response.status(), path).toBe(404);
    expect(response.headers()['content-security-policy'], path).toBe(
      "frame-ancestors 'self'",
    );
    expect(await response.text(), path).not.toContain('id="root"');
  }
  // The embed's real files are still served.
  const loader = await page.request.get(`${APP}/embed/loader.js`);
  expect(loader.status()).toBe(200);
  for (const path of ['/embed/leaderboard', '/embed/leaderboard/']) {
    const response = await page.request.get(`${APP}${path}?theme=dark`);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-security-policy'], path).toBe(
      'frame-ancestors *',
    );
  }
});

test('only /embed/ may be framed by other sites', async ({
  page,
  consoleErrors,
}) => {
  for (const path of ['/', '/awards', '/awards/embed', '/embed']) {
    const response = await page.request.get(`${APP}${path}`);
    expect(response.headers()['x-frame-options'], path).toBe('SAMEORIGIN');
    expect(response.headers()['content-security-policy'], path).toBe(
      "frame-ancestors 'self'",
    );
  }
  const embed = await page.request.get(`${APP}/embed/leaderboard?theme=dark`);
  expect(embed.headers()['x-frame-options']).toBeUndefined();
  expect(embed.headers()['content-security-policy']).toBe('frame-ancestors *');

  const frame = await openHost(page, { path: '/awards' });
  await expect(
    page.getByRole('heading', { name: 'Our event news' }),
  ).toBeVisible();
  await expect
    .poll(() =>
      page
        .frames()
        .find((f) => f !== page.mainFrame())
        ?.url(),
    )
    .toMatch(/^chrome-error:/);
  await expect(frame.getByRole('heading', { name: 'Awards' })).toHaveCount(0);
  // Chromium reports the refused frame in the console: expected here.
  consoleErrors.splice(0);
});

// axe checks the embed, /awards and the setup page in both themes:
// e2e/support/a11y-pages.ts.
