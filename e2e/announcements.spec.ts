import {
  expect as baseExpect,
  expectNoAxeViolations,
  test,
} from './support/fixtures';

import type { Page } from '@playwright/test';

const ANNOUNCEMENTS = [
  ['tintri-csi', 'Tintri introduces a CSI driver for Kubernetes'],
  ['kubevirt-1-4', 'KubeVirt v1.4 released'],
  ['flatcar-incubating', 'Flatcar becomes a CNCF incubating project'],
  [
    'andela-partnership',
    'CNCF and Andela to train African developers in Kubernetes',
  ],
  [
    'new-certifications',
    'New CNCF certifications for Backstage, OpenTelemetry, Kyverno and platform engineering',
  ],
  ['kubestronauts-500', '500 Kubestronauts'],
  ['cncf-2025-focus', "The CNCF's focus for 2025"],
  [
    'upcoming-events',
    'Next stops: Atlanta, Los Angeles and a first KubeCon in Japan',
  ],
] as const;

// The machine is shared by several checkouts; give each step room.
const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ timeout: 60_000 });

const cards = (page: Page) => page.getByRole('main').getByRole('article');
const search = (page: Page) => page.getByLabel('Search announcements');

test('lists the eight announcements with their key figures', async ({
  page,
}) => {
  await page.goto('/announcements');
  await expect(cards(page)).toHaveCount(8);
  for (const figure of [
    '20,000+ nodes',
    '20,000–30,000 developers',
    '500 Kubestronauts',
    'up to 25%',
  ]) {
    await expect(
      page
        .getByRole('list', { name: 'Key figures' })
        .getByText(figure, { exact: true }),
    ).toBeVisible();
  }
  await expect(
    cards(page).getByText('15 November 2024', { exact: true }),
  ).toBeVisible();
});

for (const query of ['flatcar', 'immutable', 'flatcr']) {
  test(`"${query}" finds Flatcar and marks the match`, async ({ page }) => {
    await page.goto('/announcements');
    await search(page).fill(query);
    await expect(cards(page)).toHaveCount(1);
    await expect(cards(page).getByRole('link')).toHaveText(ANNOUNCEMENTS[2][1]);
    await expect(cards(page).locator('mark').first()).toBeVisible();
    await expect(page).toHaveURL(`/announcements?q=${query}`);
  });
}

test('a copied URL opens the same filtered view in a new page', async ({
  page,
  context,
}) => {
  await page.goto('/announcements');
  await page.getByRole('checkbox', { name: /^Project maturity/ }).check();
  await search(page).fill('flatcr');
  await expect(cards(page)).toHaveCount(1);
  const url = page.url();
  expect(url).toContain('kind=project-maturity');

  const other = await context.newPage();
  await other.goto(url);
  await expect(cards(other)).toHaveCount(1);
  await expect(search(other)).toHaveValue('flatcr');
  await expect(
    other.getByRole('checkbox', { name: /^Project maturity/ }),
  ).toBeChecked();
  await expect(
    other.getByRole('status').filter({ hasText: 'of 8' }),
  ).toHaveText('1 of 8 announcements');
  await other.close();
});

test('reload, back and forward keep the filters', async ({ page }) => {
  test.slow(); // several page loads
  await page.goto('/announcements');
  await page.getByRole('checkbox', { name: /^Certification/ }).check();
  await expect(page).toHaveURL('/announcements?kind=certification');
  await search(page).fill('otel');
  await expect(page).toHaveURL('/announcements?kind=certification&q=otel');
  await page.reload();
  await expect(cards(page)).toHaveCount(1);
  await page.goBack();
  await expect(page).toHaveURL('/announcements?kind=certification');
  await expect(search(page)).toHaveValue('');
  await page.goBack();
  await expect(cards(page)).toHaveCount(8);
  await page.goForward();
  await expect(page).toHaveURL('/announcements?kind=certification');
  await expect(cards(page)).toHaveCount(1);
});

test('nothing matching shows an empty state that clears the filters', async ({
  page,
}) => {
  await page.goto('/announcements?q=mainframe');
  await expect(
    page.getByText('No announcement matches these filters.'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(cards(page)).toHaveCount(8);
  await expect(page).toHaveURL('/announcements');
});

test('every detail page opens from its card and by its URL', async ({
  page,
}) => {
  test.slow(); // several page loads
  // From its card: one list, left and come back to with Back.
  await page.goto('/announcements');
  for (const [id, title] of ANNOUNCEMENTS) {
    await cards(page).getByRole('link', { name: title, exact: true }).click();
    await expect(page).toHaveURL(`/announcements/${id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await page.goBack();
    await expect(cards(page)).toHaveCount(8);
  }
  // By its URL: a fresh load each, as a shared link arrives.
  for (const [id, title] of ANNOUNCEMENTS) {
    await page.goto(`/announcements/${id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page).toHaveTitle(`${title} · CNCF Explorer`);
  }
});

test('a detail page links to the landscape, its neighbours and shares', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/announcements/new-certifications');
  await expect(
    page.getByRole('link', {
      name: /OpenTelemetry on the observability landscape/,
    }),
  ).toHaveAttribute('href', '/landscape?item=opentelemetry');
  await page.getByRole('button', { name: 'Share' }).click();
  await expect(page.getByText('Link copied to the clipboard.')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(
    new URL('/announcements/new-certifications', page.url()).href,
  );
  await page.getByRole('link', { name: /Next.*500 Kubestronauts/ }).click();
  await expect(page).toHaveURL('/announcements/kubestronauts-500');
});

test('an unknown id says so and leads back', async ({ page }) => {
  await page.goto('/announcements/no-such-announcement');
  await expect(
    page.getByRole('heading', { name: 'Announcement not found' }),
  ).toBeVisible();
  await page.getByRole('link', { name: 'See all announcements' }).click();
  await expect(cards(page)).toHaveCount(8);
});

test('works with the keyboard alone', async ({ page }) => {
  test.slow(); // several page loads
  await page.goto('/announcements');
  await expect(cards(page)).toHaveCount(8);
  await page.keyboard.press('/');
  await expect(search(page)).toBeFocused();
  await page.keyboard.type('kubevrt');
  await expect(cards(page)).toHaveCount(1);
  // Tab from the search box over the filters to the one result.
  const link = cards(page).getByRole('link');
  for (
    let i = 0;
    i < 40 && !(await link.evaluate((el) => el === document.activeElement));
    i++
  ) {
    await page.keyboard.press('Tab');
  }
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'KubeVirt v1.4 released',
  );

  // A filter toggles with Space.
  await page.goto('/announcements');
  await expect(cards(page)).toHaveCount(8);
  await page.keyboard.press('/');
  await expect(search(page)).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('checkbox').first()).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/kind=product/);
});

test('fits a 360 px screen', async ({ page }) => {
  test.slow(); // several page loads
  await page.setViewportSize({ width: 360, height: 800 });
  for (const path of [
    '/announcements',
    '/announcements?q=flatcr',
    '/announcements/andela-partnership',
  ]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForLoadState('networkidle');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
  }
});

// axe checks the list, a search, a detail page and an unknown id in both
// themes: e2e/support/a11y-pages.ts.

test.describe('on a phone', () => {
  test.use({
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
  });

  test('results come first; filters open in a sheet and show as removable chips', async ({
    page,
  }) => {
    test.slow(); // axe on the open sheet
    await page.goto('/announcements');
    await expect(cards(page)).toHaveCount(8);
    // The first result is on the first screen; the facets wait in a sheet.
    const first = await cards(page).first().boundingBox();
    expect(first?.y ?? Infinity).toBeLessThan(844);
    await expect(page.getByRole('group', { name: 'Kind' })).toBeHidden();
    // No keyboard hint on a touch screen; every card names its source.
    await expect(page.locator('kbd')).toBeHidden();
    await expect(
      cards(page).getByText('Source: KubeCon 2024: A Final Wrap-Up'),
    ).toHaveCount(8);

    const filter = page.getByRole('button', { name: /^Filter/ });
    await filter.click();
    const sheet = page.getByRole('dialog', { name: 'Filter announcements' });
    await expect(sheet).toBeVisible();
    await expectNoAxeViolations(page);
    await sheet.getByRole('checkbox', { name: /^Partnership/ }).check();
    await sheet.getByRole('button', { name: 'Show 1 result' }).click();
    await expect(sheet).toBeHidden();
    await expect(filter).toBeFocused();
    await expect(page).toHaveURL(/kind=partnership/);
    await expect(cards(page)).toHaveCount(1);

    await page.getByRole('button', { name: 'Remove filter Partnership' }).tap();
    await expect(cards(page)).toHaveCount(8);
    await expect(page).not.toHaveURL(/kind=/);
  });
});
