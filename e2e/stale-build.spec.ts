import { expect, test } from './support/fixtures';

import type { Page } from '@playwright/test';

// The old build's chunk is gone after a deployment: the server answers 404.
test.use({
  // One pattern: a two-element array would read as [value, options].
  allowConsoleErrors: [
    /Failed to load resource|Failed to fetch dynamically imported module/,
  ],
});

/** Counts full document loads of the page (the first one included). */
function countDocumentLoads(page: Page): () => number {
  let loads = 0;
  page.on('request', (request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) {
      loads += 1;
    }
  });
  return () => loads;
}

async function openOverview(page: Page) {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

test('a chunk missing after a deployment loads the page once more, fresh', async ({
  page,
}) => {
  const documentLoads = countDocumentLoads(page);
  await openOverview(page);
  // Until the page reloads, it runs the "old build", whose chunk is gone.
  await page.route('**/assets/announcements-*.js', (route) =>
    documentLoads() === 1
      ? route.fulfill({ status: 404, body: 'gone' })
      : route.continue(),
  );
  await page
    .getByRole('navigation')
    .first()
    .getByRole('link', { name: 'Announcements' })
    .click();
  await expect(
    page.getByRole('heading', { level: 1, name: /announcements/i }),
  ).toBeVisible();
  expect(new URL(page.url()).pathname).toBe('/announcements');
  expect(documentLoads()).toBe(2);
});

test('a chunk that stays missing shows the error instead of reloading in a loop', async ({
  page,
}) => {
  const documentLoads = countDocumentLoads(page);
  await openOverview(page);
  await page.route('**/assets/announcements-*.js', (route) =>
    route.fulfill({ status: 404, body: 'gone' }),
  );
  await page
    .getByRole('navigation')
    .first()
    .getByRole('link', { name: 'Announcements' })
    .click();
  await expect(
    page.getByRole('heading', { name: 'This page could not be shown' }),
  ).toBeVisible();
  expect(documentLoads()).toBe(2);
});
