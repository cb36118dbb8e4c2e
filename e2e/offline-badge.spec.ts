import { expect, test } from './support/fixtures';

// The data host is unreachable on purpose: failed requests are expected.
test.use({ allowConsoleErrors: [/Failed to load resource|ERR_INTERNET/] });

test('on Wi-Fi with no internet (navigator.onLine stays true) the booth says Offline', async ({
  page,
}) => {
  await page.goto('/booth?slides=event');
  await expect(
    page.getByRole('button', { name: 'Tap to start' }),
  ).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: 'Offline' }),
  ).toHaveCount(0);

  await page.route('**/data/**', (route) =>
    route.abort('internetdisconnected'),
  );
  expect(await page.evaluate(() => navigator.onLine)).toBe(true);
  // The browser noticing any network change makes the badge check at once;
  // otherwise the next periodic check (30 s) finds the same.
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
  await expect(
    page.getByRole('status').filter({ hasText: 'Offline' }),
  ).toBeVisible();

  await page.unroute('**/data/**');
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
  await expect(
    page.getByRole('status').filter({ hasText: 'Offline' }),
  ).toHaveCount(0);
});
