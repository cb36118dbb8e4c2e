import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

import { expect, test } from '@playwright/test';

import {
  DIST,
  gzipBytes,
  readManifest,
  routeFirstLoad,
} from './support/bundle';

/**
 * First-load JS budget for the overview, gzipped (issue: budgets): 120 KB,
 * as before prerendering. The app's start (start-app.tsx) is counted with
 * the entry; hydrating costs about 0.8 KB, won back by one chunk for the
 * libraries every page loads (vite.config.ts).
 */
const HOME_JS_BUDGET = 120 * 1024;

/**
 * Gzipped HTML budgets of the prerendered pages (KB). The HTML carries the
 * page's data for hydration: /landscape its category (77 KB of JSON) and a
 * table for readers without JavaScript, the timeline the whole landscape
 * (843 KB of JSON), which it would otherwise fetch; the booth the data of
 * its default slides (awards, announcements, the landscape category).
 */
const HTML_BUDGETS_KB: Record<string, number> = {
  'index.html': 8,
  'announcements/index.html': 10,
  'announcements/*/index.html': 8,
  'awards/index.html': 8,
  'awards/embed/index.html': 7,
  'landscape/index.html': 34,
  'landscape/timeline/index.html': 96,
  'booth/index.html': 17,
  'booth/setup/index.html': 6,
  '404.html': 5,
};

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

test('the production build ships no MSW code and no mock worker', async () => {
  const files = await listFiles(DIST);
  expect(files.map((f) => path.basename(f))).not.toContain(
    'mockServiceWorker.js',
  );
  const scripts = files.filter((f) => f.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(0);
  for (const file of scripts) {
    const text = await readFile(file, 'utf8');
    expect(text, `${path.relative(DIST, file)} holds MSW code`).not.toMatch(
      /setupWorker|mockServiceWorker|msw\/browser|\[MSW\]/,
    );
  }
});

test('the production build ships the data files', async () => {
  const catalog = JSON.parse(
    await readFile(path.join(DIST, 'data/v1/events.json'), 'utf8'),
  );
  expect(catalog.featured).toBe('kubecon-na-2024');
});

test(`first-load JS for / stays within ${HOME_JS_BUDGET / 1024} KB gzipped`, async () => {
  const manifest = await readManifest();
  const bytes = await gzipBytes(
    routeFirstLoad(manifest, 'src/app/routes/home.tsx'),
  );
  console.log(
    `first-load JS for /: ${(bytes / 1024).toFixed(1)} KB gzipped (budget ${HOME_JS_BUDGET / 1024} KB)`,
  );
  expect(
    bytes,
    `first-load JS for / is ${(bytes / 1024).toFixed(1)} KB, budget ${HOME_JS_BUDGET / 1024} KB`,
  ).toBeLessThanOrEqual(HOME_JS_BUDGET);
});

/**
 * Code that only one route may load, each found by strings that survive
 * minification (identifiers do not): d3-zoom's event names and state key,
 * d3-hierarchy's squarify ratio; the importer's YAML errors, its message
 * and its worker's file name; the booth deck's counter and start button.
 */
const ROUTE_ONLY = [
  {
    what: 'd3 (d3-zoom, d3-hierarchy)',
    // The booth's landscape slides draw the same chart, as a poster.
    owners: ['src/app/routes/landscape.tsx', 'src/app/routes/booth.tsx'],
    marker: /wheel\.zoom|__zoom|\(1\+Math\.sqrt\(5\)\)\/2/,
  },
  {
    what: 'the landscape importer',
    // Both pages open a landscape file or URL (`?source=`).
    owners: [
      'src/app/routes/landscape.tsx',
      'src/app/routes/landscape-timeline.tsx',
    ],
    marker: /YAMLException|is not a landscape file|import\.worker/,
  },
  {
    what: 'the booth deck',
    owners: ['src/app/routes/booth.tsx'],
    marker: /data-slide-counter|Tap to start/,
  },
];
/** The YAML parser itself runs in a worker, started when a file is opened. */
const YAML_PARSER = /YAMLException|is not a landscape file/;

async function firstLoadText(route: string): Promise<Map<string, string>> {
  const manifest = await readManifest();
  const texts = new Map<string, string>();
  for (const file of routeFirstLoad(manifest, route)) {
    texts.set(file, await readFile(path.join(DIST, file), 'utf8'));
  }
  return texts;
}

test('d3, the landscape importer and the booth deck are loaded only by the routes that use them', async () => {
  const manifest = await readManifest();
  const routes = Object.keys(manifest).filter((key) =>
    key.startsWith('src/app/routes/'),
  );
  expect(routes).toEqual(
    expect.arrayContaining(ROUTE_ONLY.flatMap((rule) => rule.owners)),
  );
  for (const route of routes) {
    const texts = await firstLoadText(route);
    for (const { what, owners, marker } of ROUTE_ONLY) {
      const holders = [...texts].filter(([, text]) => marker.test(text));
      if (owners.includes(route)) {
        // Otherwise the markers no longer find the code and prove nothing.
        expect(holders.length, `${what} not found in ${route}`).toBeGreaterThan(
          0,
        );
      } else {
        expect(
          holders.map(([file]) => file),
          `first load of ${route} holds ${what}`,
        ).toEqual([]);
      }
    }
  }
  const landscape = await firstLoadText('src/app/routes/landscape.tsx');
  for (const [file, text] of landscape) {
    expect(text, `${file}: the YAML parser loads with /landscape`).not.toMatch(
      YAML_PARSER,
    );
  }
});

test('the pre-rendered embed holds no d3, importer or booth code', async () => {
  const files = (await listFiles(path.join(DIST, 'embed'))).filter((f) =>
    /\.(js|html)$/.test(f),
  );
  expect(files.length).toBeGreaterThan(0);
  for (const file of files) {
    const text = await readFile(file, 'utf8');
    for (const { what, marker } of ROUTE_ONLY) {
      expect(text, `${path.relative(DIST, file)} holds ${what}`).not.toMatch(
        marker,
      );
    }
  }
});

test('every prerendered page stays within its gzipped HTML budget', async () => {
  const announcements = (
    await readdir(path.join(DIST, 'announcements'), {
      withFileTypes: true,
    })
  )
    .filter((e) => e.isDirectory())
    .map((e) => `announcements/${e.name}/index.html`);
  expect(announcements.length, 'one page per announcement').toBeGreaterThan(0);
  const pages = Object.keys(HTML_BUDGETS_KB)
    .filter((page) => !page.includes('*'))
    .concat(announcements);
  for (const page of pages) {
    const budget =
      HTML_BUDGETS_KB[page] ?? HTML_BUDGETS_KB['announcements/*/index.html']!;
    const html = await readFile(path.join(DIST, page));
    const kb = (await gzipBytes([page])) / 1024;
    test.info().annotations.push({
      type: 'html',
      description: `${page}: ${kb.toFixed(1)} KB gzipped (budget ${budget} KB)`,
    });
    expect(
      kb,
      `${page}: ${kb.toFixed(1)} KB, budget ${budget} KB`,
    ).toBeLessThanOrEqual(budget);
    expect(html.toString(), `${page} is prerendered`).toContain(
      'id="prerender-state"',
    );
  }
});
