import { expect } from './fixtures';

import type { Page } from '@playwright/test';

/** The chart's keyboard item list (windowed from 600 items). */
export const itemList = (page: Page) =>
  page.getByRole('listbox', { name: /Arrow keys move/ });

/** The chart draws after its data and size arrive; a busy machine is slow. */
export const CHART_READY = { timeout: 30_000 };

/** Opens a landscape URL and waits for the default category's chart. */
export async function openLandscape(page: Page, url: string) {
  await page.goto(url);
  await expect(
    page.getByRole('img', { name: /Observability and Analysis/ }),
  ).toBeVisible(CHART_READY);
}
