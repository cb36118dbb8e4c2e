import { PREVIEW_PORT } from './playwright.config';
import { expect, test } from './support/fixtures';
import { startHostServer } from './support/host-page';

import type { Page } from '@playwright/test';

const HOST_PORT = Number(process.env.E2E_HOST_PORT ?? PREVIEW_PORT + 20) + 1;

/** The rendered colour at one point of the page, from a screenshot. */
async function pixelAt(page: Page, x: number, y: number) {
  const png = await page.screenshot({
    clip: { x: Math.round(x), y: Math.round(y), width: 1, height: 1 },
  });
  const decoder = await page.context().newPage();
  try {
    return await decoder.evaluate(async (data) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement('canvas').getContext('2d')!;
      canvas.drawImage(image, 0, 0);
      return [...canvas.getImageData(0, 0, 1, 1).data.slice(0, 3)];
    }, png.toString('base64'));
  } finally {
    await decoder.close();
  }
}

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
    'iframe[title="Preview of the embedded leaderboard on a dark page"]',
  );
  await expect(preview).toHaveAttribute(
    'src',
    '/embed/leaderboard?theme=dark&bg=transparent',
  );
  await page.getByRole('radio', { name: /Tablet/ }).click();
  await expect(preview).toHaveAttribute('width', '768');
  await expect(
    page.getByText(/Sized to its content: \d+ px tall at 768 px wide/),
  ).toHaveCount(2);

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
      `<!doctype html><html lang="en" style="color-scheme: dark"><head><title>News</title></head>
<body style="background:#111;color:#eee"><h1>Our news</h1>${iframe}${script}</body></html>`,
    );
    // A visitor whose system is dark: the browser's backdrop rule bites here.
    await page.emulateMedia({ colorScheme: 'dark' });
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
    // The page declares a dark colour scheme; the pasted frame must still be
    // see-through (no opaque backdrop): its top-right corner is the page's.
    const box = (await page.locator('iframe').boundingBox())!;
    expect(await pixelAt(page, box.x + box.width - 4, box.y + 4)).toEqual([
      17, 17, 17,
    ]);
  } finally {
    await host.close();
  }
});

test('the setup page previews on a light and a dark page, uncropped, and warns about unreadable colours', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/awards/embed');
  const warning = page.getByRole('status', { name: 'Readability check' });
  const frames = page.locator('[data-preview-host]');
  await expect(frames).toHaveCount(2);
  await expect(warning).toHaveText('');

  // Desktop width is the default: both previews show all 1200 px, scaled.
  for (const host of ['light', 'dark']) {
    const frame = page.locator(
      `iframe[title="Preview of the embedded leaderboard on a ${host} page"]`,
    );
    await expect(frame).toHaveAttribute('width', '1200');
    await expect(
      page
        .frameLocator(`iframe[title$="on a ${host} page"]`)
        .getByRole('heading', { name: 'Adobe' }),
    ).toBeVisible({ timeout: 20_000 });
  }
  // Heights are reported: wait until both captions say so.
  await expect(page.getByText(/Sized to its content/)).toHaveCount(2);
  for (let i = 0; i < 2; i++) {
    const box = (await frames.nth(i).boundingBox())!;
    const frame = (await frames.nth(i).locator('iframe').boundingBox())!;
    expect(frame.width).toBeLessThan(1200);
    expect(frame.x).toBeGreaterThanOrEqual(box.x);
    expect(frame.y).toBeGreaterThanOrEqual(box.y);
    expect(frame.x + frame.width).toBeLessThanOrEqual(box.x + box.width + 0.5);
    expect(frame.y + frame.height).toBeLessThanOrEqual(
      box.y + box.height + 0.5,
    );
  }
  // Side by side on a wide screen.
  const [light, dark] = [
    (await frames.nth(0).boundingBox())!,
    (await frames.nth(1).boundingBox())!,
  ];
  expect(dark.x).toBeGreaterThan(light.x + light.width - 1);
  expect(Math.abs(dark.y - light.y)).toBeLessThan(2);

  await page
    .getByRole('group', { name: 'Theme', exact: true })
    .getByRole('radio', { name: 'Dark', exact: true })
    .click();
  await expect(warning).toHaveText('');
  await page.getByRole('radio', { name: 'Transparent' }).click();
  await expect(warning).toContainText(
    /On a light page the text would be hard to read \(contrast 1\.\d:1, WCAG asks for 4\.5:1\)/,
  );
  await expect(warning).not.toContainText('On a dark page');
  // The previews show what the warning says: light text on the white page.
  const lightFrame = page.frameLocator('iframe[title$="on a light page"]');
  await expect(lightFrame.locator('html')).toHaveClass('dark');
  await expect(lightFrame.locator('html')).toHaveCSS(
    'background-color',
    'rgba(0, 0, 0, 0)',
  );
});

test('on a phone the two previews stack and still fit', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/awards/embed');
  const frames = page.locator('[data-preview-host]');
  await expect(page.getByText(/Sized to its content/)).toHaveCount(2, {
    timeout: 20_000,
  });
  const [light, dark] = [
    (await frames.nth(0).boundingBox())!,
    (await frames.nth(1).boundingBox())!,
  ];
  expect(dark.y).toBeGreaterThan(light.y + light.height - 1);
  for (const box of [light, dark]) {
    expect(box.x + box.width).toBeLessThanOrEqual(390);
  }
  expect(
    await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    ),
  ).toBeLessThanOrEqual(0);
});
