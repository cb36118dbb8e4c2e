import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

import { expect, test } from '@playwright/test';

const DIST = path.resolve(import.meta.dirname, '..', 'dist');

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
