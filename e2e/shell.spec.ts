import { expect, test, useColorScheme } from './support/fixtures';

const PAGES = [
  {
    path: '/',
    heading: 'KubeCon + CloudNativeCon North America 2024',
    title: 'CNCF Explorer',
  },
  {
    path: '/announcements',
    heading: 'Announcements',
    title: 'Announcements · CNCF Explorer',
  },
  { path: '/awards', heading: 'Awards', title: 'Awards · CNCF Explorer' },
  {
    path: '/does-not-exist',
    heading: 'Page not found',
    title: 'Page not found · CNCF Explorer',
  },
];

test('the overview shows the key figures of the event', async ({ page }) => {
  await page.goto('/');
  const figures = page.getByRole('region', { name: 'Key figures' });
  await expect(figures).toContainText('9,000+');
  await expect(figures.getByText('250', { exact: true })).toBeVisible();
  await expect(figures).toContainText('Salt Lake City');
  await expect(figures).toContainText('12–15 November 2024');
});

test('every navigation link reaches its page', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const [label, path] of [
    ['Announcements', '/announcements'],
    ['Awards', '/awards'],
    ['Landscape', '/landscape'],
    ['Overview', '/'],
    // Last: booth mode is full screen, without the site navigation.
    ['Booth mode', '/booth'],
  ] as const) {
    await nav.getByRole('link', { name: label, exact: true }).click();
    await expect(page).toHaveURL(path);
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  }
});

test('an unknown URL shows the 404 page with a way home', async ({ page }) => {
  await page.goto('/no/such/page');
  await expect(
    page.getByRole('heading', { name: 'Page not found' }),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Go to the overview' }).click();
  await expect(page).toHaveURL('/');
});

test('the theme follows the system and a chosen theme is remembered', async ({
  page,
}) => {
  await useColorScheme(page, 'dark');
  await page.goto('/');
  await expect(page.locator('html')).toHaveClass(/dark/);
  await page.getByText('Light', { exact: true }).click({ force: true });
  await expect(page.locator('html')).not.toHaveClass(/dark/);
  await page.reload();
  await expect(page.locator('html')).not.toHaveClass(/dark/);
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/');
  // Tab only once the page has rendered (slow first loads on busy machines).
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
});

// axe checks these pages in both themes: e2e/support/a11y-pages.ts.
test('every page has its heading and title', async ({ page }) => {
  for (const { path, heading, title } of PAGES) {
    await page.goto(path);
    await expect(
      page.getByRole('heading', { level: 1, name: heading }),
    ).toBeVisible();
    await expect(page).toHaveTitle(title);
  }
});
