import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

import { expect, test } from '@playwright/test';

import {
  DIST,
  gzipBytes,
  readManifest,
  routeFirstLoad,
} from './support/bundle';

/** First-load JS budget for the overview, gzipped (issue: budgets). */
const HOME_JS_BUDGET = 120 * 1024;

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

test('d3 and the landscape importer are loaded only by the routes that use them', async () => {
  const manifest = await readManifest();
  const entry =
    Object.keys(manifest).find((key) => manifest[key]?.isEntry) ?? '';
  for (const route of [
    'src/app/routes/home.tsx',
    'src/app/routes/announcements.tsx',
    'src/app/routes/awards.tsx',
  ]) {
    const files = routeFirstLoad(manifest, route);
    for (const file of files) {
      const text = await readFile(path.join(DIST, file), 'utf8');
      expect(
        text,
        `${file} (first load of ${route}) holds d3 code`,
      ).not.toMatch(/d3-zoom|zoomIdentity|d3-hierarchy|treemapSquarify/);
      expect(
        text,
        `${file} (first load of ${route}) holds the YAML parser`,
      ).not.toMatch(/YAMLParseError|LineCounter/);
    }
  }
  expect(entry).toBe('index.html');
});
