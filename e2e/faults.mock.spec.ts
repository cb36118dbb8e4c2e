import { expect, expectNoAxeViolations, test } from './support/fixtures';

import type { Page } from '@playwright/test';

// Fault journeys run against the mock-mode build (`npm run build:mock`):
// MSW answers every data request and plays the scenario named in `?msw=` (kept for the tab).
test.use({ allowConsoleErrors: [/Failed to load resource/] });

async function openWithScenario(page: Page, path: string, scenario: string) {
  const separator = path.includes('?') ? '&' : '?';
  await page.goto(`${path}${separator}msw=${scenario}`);
}

test('a server error says what failed, offers a retry, and recovers', async ({
  page,
}) => {
  await openWithScenario(page, '/awards', 'server-error:awards');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('awards.json: the server answered 500', {
    timeout: 20_000,
  });
  await expectNoAxeViolations(page);

  await page.evaluate(() => window.__mockScenario?.set('ok'));
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByText('Capital One')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a schema violation names the file and the field path', async ({
  page,
}) => {
  await openWithScenario(page, '/awards', 'schema-violation:awards');
  await expect(page.getByRole('alert')).toContainText(
    'awards.json: categories[0].winners[2].rank: expected a number',
  );
  // The rest of the app keeps working.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Announcements' })
    .click();
  await expect(
    page.getByRole('link', { name: /Flatcar/ }).first(),
  ).toBeVisible();
});

test('invalid JSON is reported with the file name', async ({ page }) => {
  await openWithScenario(page, '/announcements', 'invalid-json:announcements');
  await expect(page.getByRole('alert')).toContainText(
    'announcements.json: is not valid JSON',
  );
  await expect(
    page.getByRole('heading', { level: 1, name: 'Announcements' }),
  ).toBeVisible();
});

test('an unknown schema version is a clear error', async ({ page }) => {
  await openWithScenario(page, '/', 'unknown-version:overview');
  await expect(page.getByRole('alert')).toContainText(
    'overview.json: schemaVersion 2 is not supported (this app reads version 1)',
  );
});

test('a slow response shows a loading skeleton, then the data', async ({
  page,
}) => {
  await openWithScenario(page, '/awards', 'slow:awards');
  await expect(
    page.getByRole('status').filter({ hasText: 'Loading awards' }),
  ).toBeAttached();
  await expect(page.getByText('Capital One')).toBeVisible({ timeout: 10_000 });
  await expect(
    page.getByRole('status').filter({ hasText: 'Loading awards' }),
  ).toHaveCount(0);
});

test('empty data shows an empty state, not a blank page', async ({ page }) => {
  await openWithScenario(page, '/announcements', 'empty:announcements');
  await expect(page.getByText(/No announcements/)).toBeVisible();
});

test('offline: a failed request says the data could not be reached', async ({
  page,
}) => {
  await openWithScenario(page, '/', 'offline:overview');
  await expect(page.getByRole('alert')).toContainText(
    'overview.json: could not be reached',
    {
      timeout: 20_000,
    },
  );
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
});

test.describe('with a fake clock', () => {
  // A fake clock stays installed on a page: this test gets its own.
  test.use({ freshContext: true });

  test('a failed refetch keeps the cached data on screen', async ({ page }) => {
    await openWithScenario(page, '/awards', 'ok');
    await expect(page.getByText('Reddit')).toBeVisible();
    await page.evaluate(() =>
      window.__mockScenario?.set('server-error:awards'),
    );
    // Leave and come back after the data has gone stale: the refetch fails.
    await page.clock.install();
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Overview' })
      .click();
    await page.clock.fastForward('06:00');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Awards' })
      .click();
    await expect(page.getByRole('alert')).toContainText(
      'showing the last data loaded',
      { timeout: 20_000 },
    );
    await expect(page.getByText('Reddit')).toBeVisible();
  });
});
