import type { Page } from '@playwright/test';

/** No request in flight for this long: the page has finished loading. */
const QUIET_MS = 750;
const TIMEOUT_MS = 30_000;

/** Every route renders an `h1` once its lazy module has loaded. */
const ROUTE_READY = 'h1';

/**
 * Navigates, waits for the route to render, then until no request has been
 * in flight for QUIET_MS. Network silence alone is not enough: on a slow
 * CPU the main bundle runs for over a second before it asks for the lazy
 * route chunk (Playwright's `networkidle` then leaves that chunk out).
 */
export async function gotoAndSettle(
  page: Page,
  url: string,
  readySelector = ROUTE_READY,
): Promise<void> {
  let inFlight = 0;
  let lastChange = Date.now();
  const started = () => {
    inFlight += 1;
    lastChange = Date.now();
  };
  const ended = () => {
    inFlight -= 1;
    lastChange = Date.now();
  };
  page.on('request', started);
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page
      .locator(readySelector)
      .first()
      .waitFor({ state: 'attached', timeout: TIMEOUT_MS });
    const deadline = Date.now() + TIMEOUT_MS;
    while (inFlight > 0 || Date.now() - lastChange < QUIET_MS) {
      if (Date.now() > deadline) {
        throw new Error(
          `${url}: requests still in flight after ${TIMEOUT_MS} ms`,
        );
      }
      await page.waitForTimeout(100);
    }
  } finally {
    page.off('request', started);
    page.off('requestfinished', ended);
    page.off('requestfailed', ended);
  }
}
