import { expect, expectNoAxeViolations, test } from './support/fixtures';

/*
 * The chart on the whole shipped CNCF landscape (`?category=all`: 2,413
 * items, 15 categories). Timings are `npm run bench`'s job; this checks that
 * the large-landscape renderer (canvas, windowed item list) works.
 */
test.describe.configure({ timeout: 180_000 });

test('the whole landscape draws on a canvas and stays keyboard-reachable', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/landscape?category=all');
  await expect(
    page.getByRole('heading', { level: 1, name: 'The CNCF landscape' }),
  ).toBeVisible();
  await expect(page.getByText(/^2413 of 2413 items/)).toBeVisible();
  const chart = page.getByRole('img', { name: /CNCF landscape/ });
  await expect(chart).toBeVisible({ timeout: 90_000 });
  await expect(chart).toHaveJSProperty('tagName', 'CANVAS');
  await expect(chart).toHaveAttribute('data-tile-count', '2413');
  // At the fitted view every tile is in view and drawn.
  await expect(chart).toHaveAttribute('data-drawn-tiles', '2413');
  await expect(page.getByLabel('Category').locator('option')).toHaveCount(16);
  // Every category and subcategory heading is drawn whole (wrapped over
  // two lines where its box is narrow), none shortened: the canvas lists
  // the shortened ones it drew (instrumented builds only).
  await expect(chart).toHaveAttribute('data-shortened-headings', '');

  // Clicking a category's heading (the top-left block's) zooms to that
  // category: fewer tiles are drawn and more of them carry labels.
  const labelsAtFit = Number(await chart.getAttribute('data-drawn-labels'));
  await chart.click({ position: { x: 40, y: 10 } });
  await expect
    .poll(async () => Number(await chart.getAttribute('data-drawn-labels')))
    .toBeGreaterThan(labelsAtFit);
  expect(Number(await chart.getAttribute('data-drawn-tiles'))).toBeLessThan(
    2413,
  );

  // The item list holds a window of options, each placed in the whole list.
  const list = page.getByRole('listbox', { name: /2413 items/ });
  expect(await list.getByRole('option').count()).toBeLessThanOrEqual(51);
  await list.focus();
  await page.keyboard.press('End');
  const last = page.locator(
    `[id="${await list.getAttribute('aria-activedescendant')}"]`,
  );
  await expect(last).toHaveAttribute('aria-posinset', '2413');
  await expect(last).toHaveAttribute('aria-setsize', '2413');
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  // The item's panel opens with focus on its heading.
  await expect(page.locator('h2[id^="panel-"]')).toBeFocused();
  await expectNoAxeViolations(page);

  // Exports: the SVG is drawn off screen with every tile, the PNG from the
  // canvas renderer.
  const [svg] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download SVG' }).click(),
  ]);
  const markup = Buffer.concat(
    await (await svg.createReadStream()).toArray(),
  ).toString('utf8');
  expect(markup).toContain('<svg');
  expect((markup.match(/data-tile=/g) ?? []).length).toBe(2413);
  // The overview: every category a heading with its count, CNCF Members
  // (a membership category) after all the others.
  const members = markup.indexOf('>CNCF Members (722)<');
  expect(members).toBeGreaterThan(0);
  for (const heading of ['Provisioning (213)', 'Wasm (120)', 'Data (17)'])
    expect(markup.indexOf(`>${heading}<`), heading).toBeGreaterThan(0);
  expect(markup.indexOf('>Provisioning (213)<')).toBeLessThan(members);
  expect(markup.indexOf('>Data (17)<')).toBeLessThan(members);
  const [png] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download PNG' }).click(),
  ]);
  const bytes = Buffer.concat(await (await png.createReadStream()).toArray());
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');

  // One category at a time; its 217 items are listed one option each.
  // The picker loads that category's file alone.
  await page.getByLabel('Category').selectOption('Observability and Analysis');
  await expect(page).toHaveURL(/category=Observability\+and\+Analysis/);
  await expect(
    page.getByRole('img', { name: /Observability and Analysis/ }),
  ).toHaveAttribute('data-drawn-tiles', '217');
  await expect(
    page.getByRole('listbox', { name: /217 items/ }).getByRole('option'),
  ).toHaveCount(217);
  // Zoomed in, tiles with room draw their logos (the team's drawings,
  // served for the logo host) after their names.
  const category = page.getByRole('img', {
    name: /Observability and Analysis/,
  });
  for (let i = 0; i < 2; i += 1)
    await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect
    .poll(async () => Number(await category.getAttribute('data-drawn-logos')))
    .toBeGreaterThan(10);
});
