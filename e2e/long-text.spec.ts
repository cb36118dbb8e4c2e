import { expect, test } from './support/fixtures';

import type { Page } from '@playwright/test';

// A refused file is reported in the console by the failed query.
test.use({ allowConsoleErrors: [/too long/] });

async function serveChanged(
  page: Page,
  file: string,
  change: (json: Record<string, unknown>) => void,
) {
  await page.route(`**/data/v1/events/*/${file}`, async (route) => {
    const response = await route.fetch();
    const json = (await response.json()) as Record<string, unknown>;
    change(json);
    // Not `{ response, json }`: the original Content-Length would cut the body.
    await route.fulfill({ contentType: 'application/json', json });
  });
}

const pageScrollsSideways = (page: Page) =>
  page.evaluate(
    () => document.documentElement.scrollWidth > window.innerWidth + 1,
  );

test('a 100 KB name and a 1 MB summary are refused with a clear message', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 900 });
  await serveChanged(page, 'announcements.json', (json) => {
    const [first] = json.announcements as Record<string, unknown>[];
    first!.title = 'N'.repeat(100 * 1024);
    // 1 MB: far over the cap, and quick to hand through page.route (10 MB
    // took longer than the app's 15 s request budget on a busy machine).
    first!.summary = 'S'.repeat(1024 * 1024);
  });
  // /announcements carries its own data (prerendered): reach it from the
  // overview, so the page fetches the file on the client.
  await page.goto('/');
  // A client-side navigation (goto returns once the app runs; before
  // that, the link would load the prerendered page instead).
  await page
    .getByRole('main')
    .getByRole('link', { name: /^Announcements/ })
    .click();
  await expect(page.getByRole('alert')).toContainText(
    /announcements\[0\]\.title: too long: 102,400 characters \(at most 5,000\)/,
  );
  expect(await pageScrollsSideways(page)).toBe(false);
});
