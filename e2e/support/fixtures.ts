import { readFileSync } from 'node:fs';
import path from 'node:path';

import AxeBuilder from '@axe-core/playwright';
import { test as base, expect } from '@playwright/test';

import { APP_READY_ATTRIBUTE } from '../../src/config/app-marks';

import type {
  BrowserContext,
  BrowserContextOptions,
  CDPSession,
  ConsoleMessage,
  Page,
  Response,
  TestInfo,
} from '@playwright/test';

/** Console messages that are not the app's fault (none known yet). */
const IGNORED_CONSOLE = [/Download the React DevTools/];

/** Logos the team drew (src/testing/logos), served for the logo host. */
const LOGOS = path.resolve(import.meta.dirname, '../../src/testing/logos');
const TEST_LOGOS = [
  readFileSync(path.join(LOGOS, 'test-logo.svg')),
  readFileSync(path.join(LOGOS, 'test-logo-wide.svg')),
];

type Fixtures = {
  /** Console errors and uncaught exceptions seen during the test. */
  consoleErrors: string[];
  /** Console errors a test expects (fault journeys): set with `test.use()`. */
  allowConsoleErrors: RegExp[];
  /**
   * A context of the test's own instead of the worker's shared one: for
   * tests that install a fake clock (which outlives the test on a page).
   * Touch, mobile, JavaScript off or another service-worker policy than
   * the project's get one by themselves.
   */
  freshContext: boolean;
  /**
   * `page.goto` and `page.reload` of an app page return once the app runs
   * (see `waitForAppOnNavigation`). Off for a test whose app never starts.
   */
  waitForApp: boolean;
};

type WorkerFixtures = {
  /** One context and page per worker, reset between tests (see below). */
  shared: Shared;
};

type Shared = {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  /** Listener counts per page event when the worker started. */
  listeners: Map<string, number>;
};

/** Page events tests listen to; listeners a test adds are removed after it. */
const PAGE_EVENTS = [
  'console',
  'pageerror',
  'dialog',
  'download',
  'request',
  'response',
  'requestfailed',
  'framenavigated',
  'load',
  'domcontentloaded',
  'popup',
] as const;

/** The page as the event emitter it is (its types list only `on`/`off`). */
function events(page: Page): NodeJS.EventEmitter {
  return page as unknown as NodeJS.EventEmitter;
}

/** Serves drawn logos for every logo request (no network in tests). */
async function serveTestLogos(context: BrowserContext) {
  await context.route(/\/hosted_logos\/[^/]+$/, (route) => {
    const name = new URL(route.request().url()).pathname;
    return route.fulfill({
      contentType: 'image/svg+xml',
      // As the default host (raw.githubusercontent.com) does: exports
      // fetch logos to embed them.
      headers: { 'access-control-allow-origin': '*' },
      body: TEST_LOGOS[name.length % TEST_LOGOS.length],
    });
  });
}

/** Context options every test context shares (the project's `use`). */
function contextOptions(use: {
  baseURL?: string;
  serviceWorkers?: 'allow' | 'block';
}) {
  return {
    baseURL: use.baseURL,
    serviceWorkers: use.serviceWorkers ?? 'allow',
    acceptDownloads: true,
  } satisfies BrowserContextOptions;
}

/**
 * Puts the shared page back to a new tab's state: a blank document, no
 * storage, cookies, permissions, routes or listeners of the last test, the
 * network on, the default media. Opening a context and a page costs about
 * 1–2 s of CPU on this 2-core machine; reusing one also keeps the browser's
 * HTTP and code caches warm, as a returning reader's browser would. Tests
 * still start with a fresh document, so no app state carries over.
 */
async function resetShared(shared: Shared, baseURL: string | undefined) {
  const { context, page, cdp } = shared;
  for (const other of context.pages()) if (other !== page) await other.close();
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  await page.goto('about:blank');
  const emitter = events(page);
  for (const event of PAGE_EVENTS) {
    const keep = shared.listeners.get(event) ?? 0;
    for (const listener of emitter.listeners(event).slice(keep))
      emitter.off(event, listener as (...args: unknown[]) => void);
  }
  if (baseURL) {
    await cdp.send('Storage.clearDataForOrigin', {
      origin: new URL(baseURL).origin,
      storageTypes:
        'local_storage,session_storage,indexeddb,cache_storage,service_workers',
    });
  }
  await context.clearCookies();
  await context.clearPermissions();
  await context.setOffline(false);
  await page.emulateMedia({
    media: null,
    colorScheme: null,
    reducedMotion: null,
    forcedColors: null,
  });
}

/**
 * `test` with a guard: any console error or uncaught exception on the page
 * fails the test, except those a test declares with `allowConsoleErrors`
 * (fault journeys expect failed requests in the console).
 *
 * Tests in a worker share one browser context and page, reset between
 * tests (`resetShared`); a test that needs its own (`freshContext`, touch,
 * JavaScript off, another service-worker policy) gets one.
 */
export const test = base.extend<Fixtures, WorkerFixtures>({
  allowConsoleErrors: [[], { option: true }],
  freshContext: [false, { option: true }],
  waitForApp: [true, { option: true }],
  shared: [
    async ({ browser }, use, workerInfo) => {
      const context = await browser.newContext(
        contextOptions(workerInfo.project.use),
      );
      await serveTestLogos(context);
      await startTracing(context);
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      const listeners = new Map(
        PAGE_EVENTS.map((e) => [e, events(page).listeners(e).length] as const),
      );
      await use({ context, page, cdp, listeners });
      await context.close();
    },
    { scope: 'worker' },
  ],
  context: async (
    {
      browser,
      shared,
      freshContext,
      baseURL,
      serviceWorkers,
      viewport,
      colorScheme,
      hasTouch,
      isMobile,
      javaScriptEnabled,
    },
    provide,
    testInfo,
  ) => {
    const own =
      freshContext ||
      hasTouch ||
      isMobile ||
      !javaScriptEnabled ||
      serviceWorkers !== (testInfo.project.use.serviceWorkers ?? 'allow');
    if (!own) {
      // Reset after each test (teardown runs on failure too): the worker's
      // context starts clean, so the next test finds a new tab's state.
      await startTraceChunk(shared.context);
      await provide(shared.context);
      await stopTracing(shared.context, testInfo);
      await resetShared(shared, baseURL);
      return;
    }
    const context = await browser.newContext({
      ...contextOptions(testInfo.project.use),
      baseURL,
      serviceWorkers,
      viewport,
      colorScheme,
      hasTouch,
      isMobile,
      javaScriptEnabled,
    });
    await serveTestLogos(context);
    await startTracing(context);
    await startTraceChunk(context);
    await provide(context);
    await stopTracing(context, testInfo);
    await context.close();
  },
  page: async (
    { context, shared, viewport, colorScheme, javaScriptEnabled, waitForApp },
    provide,
  ) => {
    const page =
      context === shared.context ? shared.page : await context.newPage();
    if (viewport) await page.setViewportSize(viewport);
    if (colorScheme) await page.emulateMedia({ colorScheme });
    const restore =
      javaScriptEnabled && waitForApp ? waitForAppOnNavigation(page) : null;
    await provide(page);
    restore?.();
  },
  consoleErrors: [
    async ({ page, allowConsoleErrors }, use) => {
      const errors: string[] = [];
      const onConsole = (message: ConsoleMessage) => {
        if (message.type() !== 'error') return;
        const text = message.text();
        const ignored = [...IGNORED_CONSOLE, ...allowConsoleErrors];
        if (!ignored.some((re) => re.test(text))) errors.push(text);
      };
      const onError = (error: Error) =>
        errors.push(`uncaught: ${error.message}`);
      page.on('console', onConsole);
      page.on('pageerror', onError);
      await use(errors);
      page.off('console', onConsole);
      page.off('pageerror', onError);
      expect(errors, 'console errors on the page').toEqual([]);
    },
    { auto: true },
  ],
});

/**
 * `E2E_TRACE=1` records a trace of every test and keeps the failed ones'
 * (as `retain-on-failure`). Off by default: screenshots and DOM snapshots
 * of every frame cost a fifth of the suite's CPU, and CI keeps no files.
 */
const TRACE = process.env.E2E_TRACE === '1';

async function startTracing(context: BrowserContext) {
  if (!TRACE) return;
  await context.tracing.start({ screenshots: true, snapshots: true });
}

async function startTraceChunk(context: BrowserContext) {
  if (TRACE) await context.tracing.startChunk();
}

/** Keeps a test's trace only when it failed (as `retain-on-failure`). */
async function stopTracing(context: BrowserContext, testInfo: TestInfo) {
  if (!TRACE) return;
  const failed = testInfo.status !== testInfo.expectedStatus;
  await context.tracing.stopChunk(
    failed ? { path: testInfo.outputPath('trace.zip') } : undefined,
  );
}

export { expect };

/**
 * What axe checks: part of the page (all of it by default), and which rules.
 * `colours: true` runs only the rules a theme can change (text contrast, links
 * told apart from text): a page's second theme differs from its first only in
 * its colours, and the structural rules cost most of axe's 4–10 s a page here.
 */
type AxeScope = { include?: string; exclude?: string; colours?: boolean };

/** The axe rules whose outcome depends on the colours, not the markup. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Runs axe (WCAG 2.x A and AA) and fails with the list of violations.
 * Whole pages are checked in e2e/a11y.spec.ts (list: support/a11y-pages.ts);
 * journeys call this only for states they alone reach.
 */
export async function expectNoAxeViolations(
  page: Page,
  { include, exclude, colours = false }: AxeScope = {},
) {
  let builder = new AxeBuilder({ page })
    // Violations only: listing every passing node costs a third of a run.
    .options({ resultTypes: ['violations'] })
    // Runs axe in the page's frames directly instead of opening a blank page
    // to merge their results: half the time. It skips cross-origin frames
    // only, and every frame of this app is same-origin.
    .setLegacyMode(true);
  builder = colours
    ? builder.withRules(COLOUR_RULES)
    : builder.withTags([
        'wcag2a',
        'wcag2aa',
        'wcag21a',
        'wcag21aa',
        'wcag22aa',
        'best-practice',
      ]);
  if (include) builder = builder.include(include);
  if (exclude) builder = builder.exclude(exclude);
  const results = await builder.analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`,
  );
  expect(summary, 'axe violations').toEqual([]);
}

/** An app page (it has #root) whose app has not run yet. */
function appPending(page: Page): Promise<boolean> {
  return page.evaluate(
    (attribute) =>
      document.getElementById('root') !== null &&
      !document.documentElement.hasAttribute(attribute),
    APP_READY_ATTRIBUTE,
  );
}

/**
 * A prerendered page shows its content before the app runs; a control
 * used in that moment (a select, a typed field, a key) is lost, as it
 * would be for a reader. `goto` and `reload` of an app page therefore
 * return once the app runs, as a reader waits for a page to be ready.
 * Polled from here: a page with a fake clock has no timers of its own.
 * Returns a function that puts the page's own methods back.
 */
function waitForAppOnNavigation(page: Page): () => void {
  const { goto, reload } = page;
  const settle = async (response: Response | null) => {
    const type = response?.headers()['content-type'] ?? '';
    if (!type.includes('text/html')) return;
    await expect.poll(() => appPending(page), { timeout: 30_000 }).toBe(false);
  };
  Object.assign(page, {
    goto: async (...args: Parameters<Page['goto']>) => {
      const response = await goto.apply(page, args);
      await settle(response);
      return response;
    },
    reload: async (...args: Parameters<Page['reload']>) => {
      const response = await reload.apply(page, args);
      await settle(response);
      return response;
    },
  });
  return () => {
    Reflect.deleteProperty(page, 'goto');
    Reflect.deleteProperty(page, 'reload');
  };
}

/** Sets the colour scheme the page sees (the app follows the system). */
export async function useColorScheme(page: Page, scheme: 'light' | 'dark') {
  await page.emulateMedia({ colorScheme: scheme });
}

declare global {
  interface Window {
    /** Set by the app in mock mode (src/testing/mocks/browser.ts). */
    __mockScenario?: { set: (scenario: string) => void };
  }
}
