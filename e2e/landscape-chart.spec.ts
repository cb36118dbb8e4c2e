import { expect, test } from './support/fixtures';
import { CHART_READY, itemList, openLandscape } from './support/landscape-page';

test.describe.configure({ timeout: 60_000 });

test('one click on a status shows only it; Shift-click adds one; All resets', async ({
  page,
}) => {
  await openLandscape(page, '/landscape');
  const graduated = page.getByRole('button', { name: /^Graduated/ });
  await graduated.click();
  await expect(graduated).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/status=graduated/);
  await expect(itemList(page).getByRole('option')).toHaveCount(4);
  await page
    .getByRole('button', { name: /^Incubating/ })
    .click({ modifiers: ['Shift'] });
  await expect(itemList(page).getByRole('option')).toHaveCount(10);
  await page.getByRole('button', { name: /^All/ }).click();
  await expect(page).not.toHaveURL(/status=/);
  await expect(itemList(page).getByRole('option')).toHaveCount(217);
});

test('Esc closes the item panel and focus returns to its tile', async ({
  page,
}) => {
  await openLandscape(page, '/landscape?item=prometheus');
  const panel = page.getByRole('region', { name: 'Prometheus' });
  await expect(panel).toContainText('Graduated on 9 August 2018');
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(page).not.toHaveURL(/item=/);
  const list = itemList(page);
  await expect(list).toBeFocused();
  const active = await list.getAttribute('aria-activedescendant');
  await expect(page.locator(`[id="${active}"]`)).toHaveText(/^Prometheus:/);
});

for (const width of [390, 1440]) {
  test(`the table never scrolls sideways at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/landscape?view=table');
    const table = page.getByRole('table');
    await expect(table.getByRole('row')).toHaveCount(218, CHART_READY);
    const overflow = await page.evaluate(() => {
      const root = document.documentElement;
      const box = document.querySelector('table')!.parentElement!;
      return {
        page: root.scrollWidth - root.clientWidth,
        box: box.scrollWidth - box.clientWidth,
      };
    });
    expect(overflow).toEqual({ page: 0, box: 0 });
  });
}

test('the search narrows the chart and forgives typos: "promethus" finds Prometheus', async ({
  page,
}) => {
  await openLandscape(page, '/landscape');
  await page.getByRole('searchbox', { name: 'Search' }).fill('promethus');
  await expect(page).toHaveURL(/q=promethus/);
  const options = itemList(page).getByRole('option');
  await expect(options).toHaveCount(1);
  await expect(options.first()).toHaveText(/^Prometheus:/);
  await expect(
    page.getByText(/the search “promethus” matches\s*1/),
  ).toBeVisible();
});
