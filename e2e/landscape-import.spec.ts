import { readFileSync } from 'node:fs';
import path from 'node:path';

import {
  realLandscapeYmlPath,
  shippedLandscapeYml,
} from '../src/testing/shipped-landscape';
import {
  expect,
  expectNoAxeViolations,
  test,
  useColorScheme,
} from './support/fixtures';

const ROOT = path.resolve(import.meta.dirname, '..');
const FIXTURES = path.join(ROOT, 'src/features/landscape/import/fixtures');
const REAL_YML = realLandscapeYmlPath();

/**
 * A real-size landscape.yml written from the committed data (always), and
 * the original file where LANDSCAPE_YML names it (CI).
 */
const SOURCES = [
  { name: 'one written from the shipped data', read: shippedLandscapeYml },
  ...(REAL_YML
    ? [{ name: 'the original', read: () => readFileSync(REAL_YML, 'utf8') }]
    : []),
];

test.describe('Open a landscape file', () => {
  for (const source of SOURCES) {
    test(`reads a whole CNCF landscape.yml (${source.name}) in a worker, and one category of it`, async ({
      page,
    }) => {
      test.slow();
      await page.goto('/landscape');
      const section = page.getByRole('region', {
        name: 'Open a landscape file',
      });
      await section.getByLabel('Choose a landscape file…').setInputFiles({
        name: 'landscape.yml',
        mimeType: 'text/yaml',
        buffer: Buffer.from(source.read()),
      });
      await expect(section.getByRole('status')).toHaveText(
        'landscape.yml: 2,413 of 2,413 items shown, 0 rejected.',
        { timeout: 60_000 },
      );
      const summary = section.getByRole('region', { name: 'Import summary' });
      await expect(summary).toContainText('Categories15');
      await expect(summary).toContainText('Subcategories80');
      // The page's chart now shows that landscape: every item, on a canvas.
      await expect(page.locator('canvas[data-chart]')).toHaveAttribute(
        'data-drawn-tiles',
        '2413',
      );

      await section
        .getByLabel('Show')
        .selectOption({ label: 'Observability and Analysis (217 items)' });
      await expect(section.getByRole('status')).toHaveText(
        'landscape.yml: Observability and Analysis: 217 of 217 items shown, 0 rejected.',
      );
      for (const text of [
        'Graduated: 4',
        'Incubating: 6',
        'Sandbox: 12',
        'Archived: 4',
        'Not a CNCF project: 191',
        'Subcategories4',
      ]) {
        await expect(summary).toContainText(text);
      }
      await expect(page.locator('canvas[data-chart]')).toHaveAttribute(
        'data-drawn-tiles',
        '217',
      );
    });
  }

  test('lists rejected items with their line and reason', async ({ page }) => {
    // axe twice on a long page is slow on a busy 2-core machine.
    test.slow();
    await page.goto('/landscape');
    const section = page.getByRole('region', { name: 'Open a landscape file' });
    await section
      .getByLabel('Choose a landscape file…')
      .setInputFiles(path.join(FIXTURES, 'problems.yml'));
    await expect(section.getByRole('status')).toHaveText(
      'problems.yml: 5 of 13 items shown, 8 rejected.',
    );
    await expect(section.getByText('Rejected items (8)')).toBeVisible();
    await expect(
      section.getByText(
        'line 16, item "Foo": homepage_url is not an http(s) URL',
      ),
    ).toBeVisible();
    await useColorScheme(page, 'light');
    await expectNoAxeViolations(page);
    await useColorScheme(page, 'dark');
    await expectNoAxeViolations(page, { colours: true });
  });

  test("filters another foundation's file by its own maturity levels", async ({
    page,
  }) => {
    await page.goto('/landscape');
    const section = page.getByRole('region', { name: 'Open a landscape file' });
    await section
      .getByLabel('Choose a landscape file…')
      .setInputFiles(path.join(FIXTURES, 'other-foundation.yml'));
    await expect(section.getByRole('status')).toHaveText(
      'other-foundation.yml: 9 of 10 items shown, 1 rejected.',
    );
    await expect(
      section.getByText('line 29, item "Delta Engine": has no homepage_url'),
    ).toBeVisible();
    const legend = page.getByRole('group', { name: /status/i });
    await expect(legend.getByRole('button')).toHaveText([
      'All9',
      'Graduated1',
      'Incubating1',
      'Sandbox0',
      'Archived0',
      'Emeritus2',
      'Lab1',
      'At-large1',
      'Member1',
      'No project status2',
    ]);
    await legend.getByRole('button', { name: /^Emeritus/ }).click();
    await expect(page).toHaveURL(/[?&]status=emeritus\b/);
    await expect(
      page
        .getByRole('listbox', { name: /Arrow keys move/ })
        .getByRole('option'),
    ).toHaveText([
      'Beta Engine: Emeritus, Engines',
      'Ĕta Editör: Emeritus, Editors',
    ]);
    // No CNCF conference among its dates, here or on its timeline.
    await expect(page.getByRole('main')).not.toContainText('KubeCon');
    // Its timeline counts its own projects, without the CNCF's conferences.
    await page.getByRole('link', { name: /on a timeline/ }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Its projects over time' }),
    ).toBeVisible();
    await expect(page.getByRole('main')).toContainText(
      'its foundation accepted 2 projects of this landscape',
    );
    await expect(page.getByRole('main')).not.toContainText('KubeCon');
  });

  test('says clearly when a file is not a landscape', async ({ page }) => {
    await page.goto('/landscape');
    await page.getByLabel('Choose a landscape file…').setInputFiles({
      name: 'notes.yml',
      mimeType: 'text/yaml',
      buffer: Buffer.from('title: My notes\nitems: []\n'),
    });
    await expect(page.getByRole('alert')).toContainText(
      'notes.yml is not a landscape file: it has no "landscape:" (or "categories:") list.',
    );
  });
});
