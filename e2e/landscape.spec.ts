import { expect, test } from './support/fixtures';
import { CHART_READY, itemList, openLandscape } from './support/landscape-page';

test.describe.configure({ timeout: 60_000 });

test('a deep link opens the item panel', async ({ page }) => {
  await openLandscape(page, '/landscape?item=prometheus');
  const panel = page.getByRole('region', { name: 'Prometheus' });
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('Graduated');
  await expect(panel).toContainText('9 August 2018');
  await expect(
    panel.getByRole('link', { name: /prometheus\.io/ }),
  ).toHaveAttribute('href', 'https://prometheus.io/');
  await panel
    .getByRole('button', { name: 'Close details of Prometheus' })
    .click();
  await expect(panel).toBeHidden();
  await expect(page).not.toHaveURL(/item=/);
});

test('the keyboard reaches an item and Enter opens its panel', async ({
  page,
}) => {
  await openLandscape(page, '/landscape');
  const list = itemList(page);
  await expect(list.getByRole('option')).toHaveCount(217);
  // The chart's list comes right after the last toolbar button.
  await page.getByRole('button', { name: 'Download PNG' }).focus();
  await page.keyboard.press('Tab');
  await expect(list).toBeFocused();
  // From the first tile (Alibaba Cloud Application Real-Time Service), →.
  await page.keyboard.press('ArrowRight');
  await expect(list).toHaveAttribute(
    'aria-activedescendant',
    /alibaba-cloud-log-service$/,
  );
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { level: 2, name: 'Alibaba Cloud Log Service' }),
  ).toBeFocused();
  await expect(page).toHaveURL(/item=alibaba-cloud-log-service/);
});

test('time travel to KubeCon NA 2024 shows OpenTelemetry as incubating', async ({
  page,
}) => {
  await openLandscape(page, '/landscape');
  const list = itemList(page);
  await expect(
    list.getByRole('option', { name: /^OpenTelemetry: Graduated/ }),
  ).toHaveCount(1);
  await page.getByRole('button', { name: 'KubeCon NA 2024' }).click();
  await expect(page).toHaveURL(/date=2024-11-12/);
  await expect(
    list.getByRole('option', { name: /^OpenTelemetry: Incubating/ }),
  ).toHaveCount(1);
  await expect(
    list.getByRole('option', { name: /^HolmesGPT: Not a CNCF project/ }),
  ).toHaveCount(1);
  await page.getByLabel('Show as on').fill('2016-06-01');
  await expect(page).toHaveURL(/date=2016-06-01/);
  await expect(
    page.getByRole('button', { name: /Graduated\s*0/ }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Today' }).click();
  await expect(page).not.toHaveURL(/date=/);
});

test('the table shows the same items with the same filters', async ({
  page,
}) => {
  await openLandscape(page, '/landscape?date=2024-11-12');
  await page.getByRole('button', { name: 'Table', exact: true }).click();
  const table = page.getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(1 + 217);
  await expect(
    page.getByRole('img', { name: /Observability and Analysis/ }),
  ).toHaveCount(0);
  // One click shows only that status; Shift-click adds another.
  await page.getByRole('button', { name: /^Graduated/ }).click();
  await expect(page).toHaveURL(/status=graduated/);
  // Fluentd, Jaeger, Prometheus: OpenTelemetry graduated in 2026.
  await expect(table.getByRole('row')).toHaveCount(1 + 3);
  await page
    .getByRole('button', { name: /^Incubating/ })
    .click({ modifiers: ['Shift'] });
  await expect(page).toHaveURL(/status=incubating/);
  await expect(table.getByRole('row')).toHaveCount(1 + 10);
  await expect(table.getByRole('row', { name: /OpenTelemetry/ })).toContainText(
    'Incubating',
  );
  // Subcategory filter.
  await page.getByText(/Subcategories \(4 of 4\)/).click();
  // The box is controlled by the URL, so it changes once the URL does.
  const observability = page.getByRole('checkbox', { name: 'Observability' });
  await observability.click();
  await expect(observability).not.toBeChecked();
  // Left: Chaos Mesh and Litmus, OpenCost, OpenFeature.
  await expect(table.getByRole('row')).toHaveCount(1 + 4);
  await expect(page).toHaveURL(/sub=Chaos\+Engineering/);
  // The same view reloads from the URL.
  await page.reload();
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(
    5,
    CHART_READY,
  );
});

test('search narrows to matches and zoom focuses one subcategory', async ({
  page,
}) => {
  // SVG, so the subcategory headings are elements to click.
  await openLandscape(page, '/landscape?renderer=svg');
  const search = page.getByRole('searchbox', { name: 'Search' });
  await search.fill('grafana');
  await expect(
    page.getByText(/the search “grafana” matches\s*5/),
  ).toBeVisible();
  await expect(itemList(page).getByRole('option')).toHaveCount(5);
  await search.fill('');
  await expect(itemList(page).getByRole('option')).toHaveCount(217);
  await page.getByLabel('Zoom into').selectOption('Chaos Engineering');
  await expect(page).toHaveURL(/zoom=Chaos\+Engineering/);
  await expect(itemList(page).getByRole('option')).toHaveCount(12);
  await page.getByRole('button', { name: '← All subcategories' }).click();
  await expect(itemList(page).getByRole('option')).toHaveCount(217);
  // Clicking a subcategory heading zooms too.
  await page.locator('[data-group="Feature Flagging"] text').click();
  await expect(page).toHaveURL(/zoom=Feature\+Flagging/);
  await page.goBack();
  await expect(itemList(page).getByRole('option')).toHaveCount(217);
});

test('the current view downloads as SVG and PNG', async ({ page }) => {
  await openLandscape(page, '/landscape?date=2024-11-12');
  await expect(itemList(page).getByRole('option')).toHaveCount(217);
  const [svg] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download SVG' }).click(),
  ]);
  expect(svg.suggestedFilename()).toMatch(
    /observability-and-analysis-2024-11-12\.svg$/,
  );
  const text = await (await svg.createReadStream()).toArray();
  const content = Buffer.concat(text).toString('utf8');
  expect(content).toContain('<svg');
  expect((content.match(/data-tile=/g) ?? []).length).toBe(217);
  const [png] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download PNG' }).click(),
  ]);
  expect(png.suggestedFilename()).toMatch(/\.png$/);
  const bytes = Buffer.concat(await (await png.createReadStream()).toArray());
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
});

test('fits a 390 px phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openLandscape(page, '/landscape?item=opentelemetry');
  await expect(
    page.getByRole('img', { name: /Observability and Analysis/ }),
  ).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'OpenTelemetry' }),
  ).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

// axe checks the chart with an item open and the table in both themes:
// e2e/support/a11y-pages.ts.
