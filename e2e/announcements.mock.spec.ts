import { expect as baseExpect, test } from './support/fixtures';

// The dev server compiles on first visit and the machine is shared.
const expect = baseExpect.configure({ timeout: 20_000 });

// Fault and loading journeys against `vite --mode mock` (MSW scenarios).

test('skeletons show while the announcements load', async ({ page }) => {
  test.slow(); // the dev server compiles on first visit
  await page.goto('/announcements?msw=slow:announcements');
  await expect(
    page.getByRole('status').filter({ hasText: 'Loading announcements…' }),
  ).toBeAttached();
  await expect(page.getByRole('main').getByRole('article')).toHaveCount(8, {
    timeout: 20_000,
  });
});

test('a failed load names the file and offers a retry', async ({
  page,
  consoleErrors,
}) => {
  test.slow();
  await page.goto('/announcements?msw=server-error:announcements');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('announcements.json');
  await page.evaluate(() => {
    const mock = (window as { __mockScenario?: { set: (s: string) => void } })
      .__mockScenario;
    mock?.set('ok');
  });
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('main').getByRole('article')).toHaveCount(8);
  // The 500 response is logged by the browser; that is the scenario.
  consoleErrors.splice(0);
});

test('the dev server serves the feeds and the calendar', async ({
  request,
}) => {
  test.slow();
  const atom = await request.get('/announcements/feed.xml');
  expect(atom.headers()['content-type']).toContain('application/atom+xml');
  expect(await atom.text()).toContain(
    '<feed xmlns="http://www.w3.org/2005/Atom"',
  );
  const json = await request.get('/announcements/feed.json');
  expect(JSON.parse(await json.text()).items).toHaveLength(8);
  const ics = await request.get('/events.ics');
  expect(await ics.text()).toMatch(/^BEGIN:VCALENDAR\r\n/);
});
