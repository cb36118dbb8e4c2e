import { expect as baseExpect, test } from './support/fixtures';

// The machine is shared: allow for slow first paints.
const expect = baseExpect.configure({ timeout: 20_000 });

// Fault and loading journeys against the mock-mode build (MSW scenarios).
// The dev server's feed paths are checked in src/build/feeds-plugin.test.ts.

test('skeletons show while the announcements load', async ({ page }) => {
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
