import { readFileSync } from 'node:fs';
import path from 'node:path';

import AxeBuilder from '@axe-core/playwright';
import { test as base, expect } from '@playwright/test';

import type { Page } from '@playwright/test';

/** Console messages that are not the app's fault (none known yet). */
const IGNORED_CONSOLE = [/Download the React DevTools/];

/** Logos the team drew (src/testing/logos), served for the logo host. */
const LOGOS = path.resolve(import.meta.dirname, '../../src/testing/logos');
const TEST_LOGOS = [
  readFileSync(path.join(LOGOS, 'test-logo.svg')),
  readFileSync(path.join(LOGOS, 'test-logo-wide.svg')),
];

type Fixtures = {
  /** Serves drawn logos for every logo request (no network in tests). */
  testLogos: void;
  /** Console errors and uncaught exceptions seen during the test. */
  consoleErrors: string[];
  /** Console errors a test expects (fault journeys): set with `test.use()`. */
  allowConsoleErrors: RegExp[];
};

/**
 * `test` with a guard: any console error or uncaught exception on the page
 * fails the test, except those a test declares with `allowConsoleErrors`
 * (fault journeys expect failed requests in the console).
 */
export const test = base.extend<Fixtures>({
  allowConsoleErrors: [[], { option: true }],
  testLogos: [
    async ({ page }, use) => {
      await page.route(/\/hosted_logos\/[^/]+$/, (route) => {
        const name = new URL(route.request().url()).pathname;
        return route.fulfill({
          contentType: 'image/svg+xml',
          // As the default host (raw.githubusercontent.com) does: exports
          // fetch logos to embed them.
          headers: { 'access-control-allow-origin': '*' },
          body: TEST_LOGOS[name.length % TEST_LOGOS.length],
        });
      });
      await use();
    },
    { auto: true },
  ],
  consoleErrors: [
    async ({ page, allowConsoleErrors }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const text = message.text();
        const ignored = [...IGNORED_CONSOLE, ...allowConsoleErrors];
        if (!ignored.some((re) => re.test(text))) errors.push(text);
      });
      page.on('pageerror', (error) =>
        errors.push(`uncaught: ${error.message}`),
      );
      await use(errors);
      expect(errors, 'console errors on the page').toEqual([]);
    },
    { auto: true },
  ],
});

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
    .options({ resultTypes: ['violations'] });
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
