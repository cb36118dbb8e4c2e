import { expect, test } from './support/fixtures';

// This journey needs the real service worker (the others block it).
test.use({ serviceWorkers: 'allow' });

test('after one online visit, /booth and /landscape work with the network off', async ({
  page,
  context,
}) => {
  // Two online visits, two offline reloads and a service worker install.
  test.setTimeout(240_000);
  await page.goto('/booth?slides=event,awards');
  await expect(
    page.getByRole('button', { name: 'Tap to start' }),
  ).toBeVisible();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect
    .poll(() =>
      page.evaluate(() => navigator.serviceWorker.controller !== null),
    )
    .toBe(true);
  await page.goto('/landscape');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Observability and Analysis' }),
  ).toBeVisible();
  // Go offline only once nothing is still on its way (goto returned when
  // the app ran; its chart may still be loading).
  await page.waitForLoadState('networkidle');

  await context.setOffline(true);

  await page.reload();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Observability and Analysis' }),
  ).toBeVisible();
  // The category's data came from the precache: the chart is drawn.
  await expect(page.getByText(/^217 of 217 items/)).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: 'Offline' }),
  ).toBeVisible();

  await page.goto('/booth?slides=event,awards');
  await page.reload();
  await page.getByRole('button', { name: 'Tap to start' }).click();
  await expect(page.getByText('9,000+')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(
    page.getByRole('heading', { level: 1, name: 'End User Awards 2024' }),
  ).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: 'Offline' }),
  ).toBeVisible();
});

test('the service worker precaches the data and never the mock worker', async ({
  page,
}) => {
  await page.goto('/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  const cached = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        urls.push(new URL(request.url).pathname);
      }
    }
    return urls;
  });
  expect(cached).toContain('/data/v1/events.json');
  expect(cached).toContain('/data/v1/events/kubecon-na-2024/awards.json');
  expect(cached).toContain('/index.html');
  // Of the landscape, the index and the category the booth shows; the
  // other categories are cached when read.
  expect(cached).toContain('/data/v1/landscape/index.json');
  expect(cached).toContain(
    '/data/v1/landscape/categories/observability-and-analysis.json',
  );
  expect(cached).not.toContain('/data/v1/landscape/categories/runtime.json');
  expect(cached.some((u) => u.includes('mockServiceWorker'))).toBe(false);
  expect(cached.some((u) => /\/assets\/booth-[\w-]+\.js$/.test(u))).toBe(true);
});
