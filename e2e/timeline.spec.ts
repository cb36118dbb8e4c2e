import { expect, test } from './support/fixtures';

import type { Download, Page } from '@playwright/test';

const slider = (page: Page) =>
  page.getByRole('slider', { name: 'Day on the timeline' });

async function openTimeline(page: Page, url = '/landscape/timeline') {
  await page.goto(url);
  await expect(slider(page)).toBeVisible({ timeout: 90_000 });
}

/** RFC 4180: quoted fields may hold commas, quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && c === '"') {
      quoted = false;
    } else if (quoted) {
      field += c;
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      field += c;
    }
  }
  expect(field === '' && row.length === 0, 'CSV ends with CRLF').toBe(true);
  return rows;
}

async function readCsv(download: Download): Promise<string[][]> {
  const chunks = await (await download.createReadStream()).toArray();
  const rows = parseCsv(Buffer.concat(chunks).toString('utf8'));
  for (const row of rows) expect(row).toHaveLength(rows[0]!.length);
  return rows;
}

// The whole landscape (16 files, 2,413 items) loads slowly on a busy machine.
test.describe.configure({ timeout: 180_000 });

test('shows the chart, its table, the moves and the stats', async ({
  page,
}) => {
  await openTimeline(page);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Ten years of CNCF projects' }),
  ).toBeVisible();
  await expect(slider(page)).toHaveAttribute(
    'aria-valuetext',
    /7 August 2026: 38 graduated, 38 incubating, 151 sandbox, 28 archived \(255 in all\)/,
  );
  await expect(page.getByText('Showing 400 of 400 moves')).toBeVisible();
  await page.getByText(/The chart as a table/).click();
  await expect(
    page.getByRole('table', { name: /on each day a count changed/ }),
  ).toBeVisible();
  for (const name of [
    'Moves per year by kind',
    /Median and range of years/,
    'CNCF projects per category by status',
  ]) {
    await expect(page.getByRole('table', { name })).toBeVisible();
  }
});

test('arrow keys read out each day; a click opens the landscape then', async ({
  page,
}) => {
  await openTimeline(page, '/landscape/timeline?at=2024-11-12');
  await expect(slider(page)).toHaveAttribute(
    'aria-valuetext',
    /12 November 2024: 29 graduated, 36 incubating, 132 sandbox, 13 archived/,
  );
  await slider(page).focus();
  await page.keyboard.press('Home');
  await expect(page).toHaveURL(/at=2016-03-10/);
  await page.keyboard.press('ArrowRight');
  await expect(slider(page)).not.toHaveAttribute(
    'aria-valuetext',
    /^10 March 2016/,
  );
  await page.keyboard.press('End');
  await expect(page).toHaveURL(/at=2026-08-07/);
  const box = (await slider(page).boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page).toHaveURL(
    /\/landscape\?category=all&date=\d{4}-\d{2}-\d{2}$/,
  );
});

test('filters and the typo-tolerant search stay in the URL', async ({
  page,
}) => {
  await openTimeline(page);
  await page
    .getByRole('searchbox', { name: 'Search projects' })
    .fill('promethues');
  await expect(page.getByText('Showing 3 of 400 moves')).toBeVisible();
  await expect(page).toHaveURL(/q=promethues/);
  await page.getByRole('searchbox', { name: 'Search projects' }).fill('');
  await expect(page).not.toHaveURL(/q=/);
  await page
    .getByRole('combobox', { name: 'Year', exact: true })
    .selectOption('2024');
  await page.getByRole('checkbox', { name: 'Accepted' }).click();
  await expect(
    page.getByRole('checkbox', { name: 'Accepted' }),
  ).not.toBeChecked();
  await page.getByRole('checkbox', { name: 'Incubating' }).click();
  await expect(
    page.getByRole('checkbox', { name: 'Incubating' }),
  ).not.toBeChecked();
  await page.getByRole('checkbox', { name: 'Archived' }).click();
  await expect(
    page.getByRole('checkbox', { name: 'Archived' }),
  ).not.toBeChecked();
  await expect(page).toHaveURL(/move=graduated&year=2024/);
  await expect(page.getByText('Showing 6 of 400 moves')).toBeVisible();
  await page.reload();
  await expect(page.getByText('Showing 6 of 400 moves')).toBeVisible({
    timeout: 90_000,
  });
  const links = page.getByRole('region', { name: /^2024/ }).getByRole('link');
  await expect(links).toHaveCount(6);
  await expect(links.first()).toHaveAttribute(
    'href',
    /^\/landscape\?category=[^&]+&date=2024-\d{2}-\d{2}&item=[a-z0-9-]+$/,
  );
  await links.first().click();
  await expect(page).toHaveURL(/\/landscape\?.*item=/);
});

test('moves and stats download as CSV that parses', async ({ page }) => {
  await openTimeline(page);
  const [moves] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download these moves (CSV)' }).click(),
  ]);
  const rows = await readCsv(moves);
  expect(rows[0]).toEqual([
    'date',
    'project',
    'move',
    'category',
    'entered_at_incubating',
    'url',
  ]);
  expect(rows).toHaveLength(401);
  expect(rows.filter((r) => r[2] === 'graduated')).toHaveLength(38);
  const [perYear] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Moves per year (CSV)' }).click(),
  ]);
  const years = await readCsv(perYear);
  const total = years
    .slice(1)
    .reduce((sum, r) => sum + r.slice(1).reduce((s, v) => s + Number(v), 0), 0);
  expect(total).toBe(400);
  const [svg] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download SVG' }).click(),
  ]);
  const markup = Buffer.concat(
    await (await svg.createReadStream()).toArray(),
  ).toString('utf8');
  expect(markup).toContain('Ten years of CNCF projects');
  expect(markup).toContain('KubeCon NA 2024');
  const [png] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download PNG' }).click(),
  ]);
  const bytes = Buffer.concat(await (await png.createReadStream()).toArray());
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
});

// axe checks the timeline in both themes: e2e/support/a11y-pages.ts.

test('fits a 390 px phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openTimeline(page);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

test('the landscape links to the timeline', async ({ page }) => {
  await page.goto('/landscape');
  await page.getByRole('link', { name: /Ten years of CNCF projects/ }).click();
  await expect(slider(page)).toBeVisible({ timeout: 90_000 });
});
