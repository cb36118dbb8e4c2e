import { PREVIEW_PORT } from './playwright.config';
import { expect, test } from './support/fixtures';
import { startHostServer } from './support/host-page';

const HOST_PORT = Number(process.env.E2E_HOST_PORT ?? PREVIEW_PORT + 20) + 1;

test('an organiser copies a dark, transparent embed and pastes it on another site', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  test.setTimeout(90_000);
  await page.goto('/awards');
  await page
    .getByRole('link', { name: /Embed this leaderboard/ })
    .click({ timeout: 20_000 });
  await expect(
    page.getByRole('heading', { name: 'Embed the award leaderboard' }),
  ).toBeVisible();
  await page
    .getByRole('group', { name: 'Theme', exact: true })
    .getByRole('radio', { name: 'Dark', exact: true })
    .click();
  await page.getByRole('radio', { name: 'Transparent' }).click();
  await expect(page).toHaveURL(/\/awards\/embed\?theme=dark&bg=transparent$/);

  // The preview follows the options and the chosen width.
  const preview = page.locator(
    'iframe[title="Preview of the embedded leaderboard"]',
  );
  await expect(preview).toHaveAttribute(
    'src',
    '/embed/leaderboard?theme=dark&bg=transparent',
  );
  await page.getByRole('radio', { name: /Tablet/ }).click();
  await expect(preview).toHaveAttribute('width', '768');
  await expect(
    page.getByText(/Sized to its content: \d+ px tall at 768 px wide/),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Copy iframe snippet' }).click();
  await expect(
    page.getByText('Iframe snippet copied to the clipboard.'),
  ).toBeVisible();
  const iframe = await page.evaluate(() => navigator.clipboard.readText());
  await page.getByRole('button', { name: 'Copy script line' }).click();
  await expect(
    page.getByText('Script line copied to the clipboard.'),
  ).toBeVisible();
  const script = await page.evaluate(() => navigator.clipboard.readText());

  const host = await startHostServer(HOST_PORT);
  try {
    host.setPage(
      '/news',
      `<!doctype html><html lang="en"><head><title>News</title></head>
<body style="background:#111;color:#eee"><h1>Our news</h1>${iframe}${script}</body></html>`,
    );
    await page.goto(`${host.origin}/news`);
    const frame = page.frameLocator('iframe');
    await expect(frame.getByRole('heading', { name: 'Adobe' })).toBeVisible();
    await expect(frame.locator('html')).toHaveCSS(
      'background-color',
      'rgba(0, 0, 0, 0)',
    );
    await expect
      .poll(async () => (await page.locator('iframe').boundingBox())?.height)
      .not.toBe(1280);
  } finally {
    await host.close();
  }
});
