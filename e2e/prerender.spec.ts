import { expect, test } from './support/fixtures';

import type { APIRequestContext, Page } from '@playwright/test';

/** The build's VITE_SITE_URL (the e2e build uses the default). */
const SITE = (process.env.VITE_SITE_URL ?? 'http://127.0.0.1:4173').replace(
  /\/+$/,
  '',
);

/** The first announcement as the JSON Feed lists it: id and title. */
async function firstAnnouncement(request: APIRequestContext) {
  const feed = (await (
    await request.get('/announcements/feed.json')
  ).json()) as {
    items: { url: string; title: string }[];
  };
  const item = feed.items[0]!;
  return { path: new URL(item.url).pathname, title: item.title };
}

/** The head's preview tags, read from the raw HTML (no script runs). */
function previewOf(html: string) {
  const attr = (selector: RegExp) => selector.exec(html)?.[1] ?? null;
  return {
    title: attr(/<title>([^<]*)<\/title>/),
    description: attr(/<meta name="description" content="([^"]*)"/),
    canonical: attr(/<link rel="canonical" href="([^"]*)"/),
    ogTitle: attr(/<meta property="og:title" content="([^"]*)"/),
    ogDescription: attr(/<meta property="og:description" content="([^"]*)"/),
    ogSiteName: attr(/<meta property="og:site_name" content="([^"]*)"/),
    ogImage: attr(/<meta property="og:image" content="([^"]*)"/),
    twitterCard: attr(/<meta name="twitter:card" content="([^"]*)"/),
  };
}

test('each page’s HTML carries its own title, description and preview tags', async ({
  request,
}) => {
  const announcement = await firstAnnouncement(request);
  const pages = [
    { path: '/', title: 'CNCF Explorer', card: 'overview' },
    {
      path: announcement.path,
      title: `${announcement.title} · CNCF Explorer`,
      card: 'announcements',
    },
    { path: '/awards', title: 'Awards · CNCF Explorer', card: 'awards' },
    { path: '/booth', title: 'Booth mode · CNCF Explorer', card: 'site' },
  ];
  const descriptions = new Set<string>();
  for (const page of pages) {
    const response = await request.get(page.path);
    expect(response.headers()['content-type']).toContain('text/html');
    const preview = previewOf(await response.text());
    expect(preview.title, page.path).toBe(page.title);
    expect(preview.ogTitle, page.path).toBe(page.title);
    expect(preview.ogSiteName).toBe('CNCF Explorer');
    expect(preview.twitterCard).toBe('summary_large_image');
    expect(preview.canonical).toBe(SITE + page.path);
    expect(preview.description?.length, page.path).toBeGreaterThan(40);
    expect(preview.ogDescription).toBe(preview.description);
    descriptions.add(preview.description!);
    expect(preview.ogImage).toBe(`${SITE}/cards/${page.card}.png`);
    const image = await request.get(new URL(preview.ogImage!).pathname);
    expect(image.headers()['content-type']).toBe('image/png');
  }
  expect(descriptions.size, 'every page describes itself').toBe(pages.length);
});

test('without JavaScript every page shows its heading and content', async ({
  browser,
  request,
}) => {
  const announcement = await firstAnnouncement(request);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const visit = async (path: string, heading: string | RegExp) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  };
  const main = page.getByRole('main');

  await visit('/', 'KubeCon + CloudNativeCon North America 2024');
  await expect(main).toContainText('9,000+');
  await visit('/announcements', 'Announcements');
  await expect(
    main.getByRole('link', { name: announcement.title }),
  ).toBeVisible();
  await visit(announcement.path, announcement.title);
  await expect(main).toContainText(/Source/);
  await visit('/awards', 'Awards');
  await expect(main).toContainText('Adobe');
  await visit('/landscape', 'Observability and Analysis');
  await expect(main.getByRole('table')).toContainText('Prometheus');
  await visit('/landscape/timeline', 'Ten years of CNCF projects');
  // The chart and its summary (the moves and stats need the app).
  await expect(main).toContainText(/the CNCF accepted \d+ projects/);
  await expect(
    main.getByRole('slider', { name: 'Day on the timeline' }),
  ).toBeVisible();
  await visit('/awards/embed', 'Embed the award leaderboard');
  await visit('/booth/setup', 'Set up booth mode');
  // The booth's attract screen (its slides start once the app runs).
  await visit('/booth', 'KubeCon + CloudNativeCon North America 2024');
  await expect(page.getByRole('main')).toContainText('Salt Lake City');
  // What a static host answers for an unknown path (vite preview falls back
  // to the app, which says the same once it runs).
  await visit('/404.html', 'Page not found');
  await context.close();
});

/** Data requests the page makes (not the connectivity probe). */
function recordDataRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (r.frame() !== page.mainFrame()) return;
    if (
      url.pathname.startsWith('/data/') &&
      !url.searchParams.has('reachable')
    ) {
      urls.push(url.pathname);
    }
  });
  return urls;
}

test('a prerendered page hydrates without warnings and fetches none of the data it carries', async ({
  page,
  request,
}) => {
  const announcement = await firstAnnouncement(request);
  const warnings: string[] = [];
  page.on('console', (m) => {
    // Playwright's own notice: the tests block the service worker.
    if (
      (m.type() === 'warning' &&
        !/Service Worker registration blocked/.test(m.text())) ||
      (m.type() === 'error' &&
        /hydrat|did not match|#41[89]|#42[15]/i.test(m.text()))
    ) {
      warnings.push(m.text());
    }
  });
  const dataRequests = recordDataRequests(page);
  for (const path of [
    '/booth',
    '/',
    announcement.path,
    '/awards',
    '/landscape/timeline',
    '/landscape',
  ]) {
    await page.goto(path);
    // Hydrated: the chart (drawn only by the client) is there, or a client
    // navigation works.
    await page.waitForLoadState('networkidle');
    expect(dataRequests, path).toEqual([]);
  }
  await expect(
    page.getByRole('img', { name: /Observability and Analysis/ }).first(),
  ).toBeVisible();
  // The hydrated app navigates on the client: Awards needs its data now.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Awards' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Awards');
  expect(warnings).toEqual([]);
});

/** Vite's module script for the app's entry. */
const MODULE_SCRIPT = /<script type="module"[^>]*src="[^"]+"/;

test('a prerendered page asks for its stylesheet first and starts the app only after its first paint', async ({
  request,
}) => {
  for (const path of ['/', '/awards', '/landscape', '/booth']) {
    const html = await (await request.get(path)).text();
    const head = html.slice(0, html.indexOf('</head>'));
    // No module script runs before the page has painted: the entry is
    // fetched (modulepreload) and added by the inline start script.
    expect(head, path).not.toMatch(MODULE_SCRIPT);
    const entry = /"(\/assets\/index-[^"]+\.js)"/.exec(
      html.slice(html.lastIndexOf('<script>')),
    )?.[1];
    expect(entry, `${path}: the start script names the entry`).toBeTruthy();
    expect(head).toContain(
      `<link rel="modulepreload" crossorigin href="${entry}">`,
    );
    expect(head.indexOf('rel="stylesheet"'), path).toBeGreaterThan(0);
    expect(head.indexOf('rel="stylesheet"'), path).toBeLessThan(
      head.indexOf('rel="modulepreload"'),
    );
  }
});

// Whether the largest paint comes from the HTML, before the app starts, is
// measured by `npm run bench` (its LCP rows): it depends on when frames are
// presented, which a busy machine delays, so no e2e test asserts it.

test.describe('before the app runs', () => {
  // The app never starts here: navigation must not wait for it.
  test.use({ waitForApp: false });

  for (const viewport of [
    { width: 1280, height: 720 },
    // A phone's chart is as tall as its names need (a scroll of screens).
    { width: 390, height: 844 },
  ])
    test(`the landscape keeps the chart’s place while it hydrates, so the chart moves nothing (${viewport.width} px)`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      // The app never starts (its entry is an empty module): the page as its
      // HTML paints it.
      const entry = /\/assets\/index-[^/]+\.js$/;
      await page.route(entry, (route) =>
        route.fulfill({ contentType: 'text/javascript', body: '' }),
      );
      await page.goto('/landscape');
      const placeholder = page.locator('[data-chart-placeholder]');
      await expect(placeholder).toBeVisible();
      const reserved = (await placeholder.boundingBox())!;
      await page.unroute(entry);
      await page.goto('/landscape');
      const chart = page
        .getByRole('img', { name: /Observability and Analysis/ })
        .first();
      await expect(chart).toBeVisible();
      await expect(placeholder).toHaveCount(0);
      const drawn = (await page.locator('canvas').first().boundingBox())!;
      expect(
        Math.abs(drawn.y - reserved.y),
        'the chart starts where its frame was',
      ).toBeLessThanOrEqual(2);
      expect(
        Math.abs(drawn.height - reserved.height),
        'and is as tall',
      ).toBeLessThanOrEqual(4);
    });
});
