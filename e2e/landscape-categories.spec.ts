import { readShippedLandscape } from '../src/testing/shipped-landscape';
import { expect, test } from './support/fixtures';

/* The shipped landscape, one category at a time (issue 11). */
const { index } = readShippedLandscape();
const CHART_READY = { timeout: 30_000 };

test('/landscape opens on Observability and Analysis, all 217 items, with its source', async ({
  page,
}) => {
  const landscapeFiles: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/data/v1/landscape/')) landscapeFiles.push(r.url());
  });
  await page.goto('/landscape');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Observability and Analysis' }),
  ).toBeVisible();
  await expect(page.getByText(/^217 of 217 items/)).toBeVisible(CHART_READY);
  const picker = page.getByLabel('Category');
  await expect(picker).toHaveValue('Observability and Analysis');
  await expect(picker.locator('option:checked')).toHaveText(
    'Observability and Analysis (217 items)',
  );
  // The prerendered page carries the index and this category, so nothing
  // is fetched; above all not the whole landscape or another category.
  expect(landscapeFiles).toEqual([]);
  const credit = page.getByText(/^Data: CNCF landscape, cncf\/landscape/);
  await expect(credit).toContainText('Apache-2.0 or CC BY 4.0');
  await expect(
    credit.getByRole('link', { name: /landscape\.yml, commit 153d699b/ }),
  ).toHaveAttribute(
    'href',
    'https://github.com/cncf/landscape/blob/153d699bddf74038d21775b14d09052f62021441/landscape.yml',
  );
  // (axe on this page: the a11y project, e2e/support/a11y-pages.ts.)
});

test('the picker lists every category with its count and opens them', async ({
  page,
}) => {
  await page.goto('/landscape');
  const picker = page.getByLabel('Category');
  await expect(picker.locator('option')).toHaveText([
    'All categories (2,413 items)',
    ...index.categories.map(
      (c) => `${c.name} (${c.items.toLocaleString('en')} items)`,
    ),
  ]);
  // Every category file's counts are checked against the index in Node
  // (src/features/landscape/shipped/shipped-data.test.ts); here, that the
  // picker reaches a category file and the chart counts what it holds.
  const categories = [index.categories[0], index.categories.at(-1)];
  for (const category of categories) {
    if (!category) throw new Error('the index lists no categories');
    await picker.selectOption(category.name);
    await expect(
      page.getByRole('heading', { level: 1, name: category.name }),
    ).toBeVisible();
    await expect(
      page.getByText(
        new RegExp(`^${category.items} of ${category.items} items`),
      ),
    ).toBeVisible(CHART_READY);
  }
  await page.goto('/landscape?category=runtime');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Runtime' }),
  ).toBeVisible();
  await expect(page.getByText(/^126 of 126 items/)).toBeVisible(CHART_READY);
});

test('?category=all shows the whole landscape; an unknown category says so', async ({
  page,
}) => {
  test.slow();
  const landscapeFiles: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/data/v1/landscape/'))
      landscapeFiles.push(new URL(r.url()).pathname);
  });
  await page.goto('/landscape?category=all');
  await expect(page.getByText(/^2413 of 2413 items/)).toBeVisible({
    timeout: 60_000,
  });
  await expect(page.getByLabel('Category')).toHaveValue('');
  // One file for the whole landscape, which also serves each category.
  expect(landscapeFiles.sort()).toEqual([
    '/data/v1/landscape/all.json',
    '/data/v1/landscape/index.json',
  ]);
  await page.getByLabel('Category').selectOption('Runtime');
  await expect(page.getByText(/^126 of 126 items/)).toBeVisible();
  expect(landscapeFiles).toHaveLength(2);
  await page.goto('/landscape?category=Nope');
  await expect(page.getByRole('alert')).toHaveText(
    'The landscape has no category “Nope”. Choose one of its 15 categories:',
  );
  await page.getByLabel('Category').selectOption('Serverless');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Serverless' }),
  ).toBeVisible();
});

test('/ loads no landscape data', async ({ page }) => {
  const landscapeFiles: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/landscape/')) landscapeFiles.push(r.url());
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(landscapeFiles).toEqual([]);
});
