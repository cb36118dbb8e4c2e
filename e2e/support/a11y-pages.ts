import { expect } from '@playwright/test';

import type { Page } from '@playwright/test';

/** The colour schemes every page is checked in. */
export type Scheme = 'light' | 'dark';

/** One page (or one state of a page) that axe checks in both themes. */
export type A11yPage = {
  /** Test title; unique. */
  name: string;
  /** Path on the production build; a function when the URL names the theme. */
  path: string | ((scheme: Scheme) => string);
  /**
   * Waits until the page shows what axe should check (data loaded, panel
   * open); may click to reach a state. axe runs right after it.
   */
  ready: (page: Page) => Promise<void>;
  /** CSS selector axe leaves out (a frame checked as a page of its own). */
  exclude?: string;
};

/** First paints are slow when the 2-core machine is busy. */
const LOAD = { timeout: 60_000 };

const heading = (name: string | RegExp) => async (page: Page) => {
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible(LOAD);
};

// The CNCF projects only: axe's time grows with the page's nodes, and 217
// rows and options add nothing the 10 here do not show.
const LANDSCAPE =
  '/landscape?item=opentelemetry&date=2024-11-12&q=tele&status=graduated&status=incubating';

async function landscapeChart(page: Page) {
  await expect(
    page.getByRole('img', { name: /Observability and Analysis/ }),
  ).toBeVisible(LOAD);
  await expect(
    page.getByRole('region', { name: 'OpenTelemetry' }),
  ).toBeVisible();
}

/**
 * Every page axe checks, each once per theme, in the `a11y` Playwright
 * project (e2e/a11y.spec.ts). Journeys test behaviour and do not run axe
 * on these pages again. A new page or a new state worth checking (an open
 * dialog, an error) is one more entry here.
 */
export const A11Y_PAGES: A11yPage[] = [
  {
    name: 'the overview',
    path: '/',
    ready: heading('KubeCon + CloudNativeCon North America 2024'),
  },
  {
    name: 'the announcements',
    path: '/announcements',
    ready: async (page) => {
      await heading('Announcements')(page);
      await expect(page.getByRole('main').getByRole('article')).toHaveCount(8);
    },
  },
  {
    name: 'a search with a typo, its match marked',
    path: '/announcements?q=flatcr',
    ready: async (page) => {
      await heading('Announcements')(page);
      await expect(page.getByRole('main').getByRole('article')).toHaveCount(1);
    },
  },
  {
    name: 'an announcement',
    path: '/announcements/andela-partnership',
    ready: heading('CNCF and Andela to train African developers in Kubernetes'),
  },
  {
    name: 'an unknown announcement',
    path: '/announcements/nope',
    ready: heading('Announcement not found'),
  },
  {
    name: 'the awards',
    path: '/awards',
    ready: async (page) => {
      await heading('Awards')(page);
      await expect(page.getByRole('heading', { name: 'Adobe' })).toBeVisible();
    },
  },
  {
    name: 'the embed setup page',
    path: '/awards/embed',
    // Two previews of the same embed: axe merges both frames into one tree
    // and reports their landmarks as duplicates, though each frame is its
    // own document. One is checked here; the embed alone is checked below.
    exclude: 'iframe[title$="on a dark page"]',
    ready: async (page) => {
      await expect(
        page
          .frameLocator('iframe')
          .first()
          .getByRole('heading', { name: 'Adobe' }),
      ).toBeVisible(LOAD);
    },
  },
  {
    name: 'the embedded leaderboard',
    path: (scheme) => `/embed/leaderboard?theme=${scheme}`,
    ready: async (page) => {
      await expect(page.getByRole('heading', { name: 'Adobe' })).toBeVisible(
        LOAD,
      );
    },
  },
  {
    name: 'the landscape chart with an item open',
    path: LANDSCAPE,
    ready: landscapeChart,
  },
  {
    name: 'the landscape table',
    path: LANDSCAPE,
    ready: async (page) => {
      await landscapeChart(page);
      await page.getByRole('button', { name: 'Table', exact: true }).click();
      await expect(page.getByRole('table')).toBeVisible();
    },
  },
  {
    // One year of moves (the full list repeats the same rows about 6,000
    // times); the chart, its table, the filters and the stats are all there.
    name: 'the timeline',
    path: '/landscape/timeline?year=2024&at=2024-11-12',
    ready: async (page) => {
      await expect(
        page.getByRole('slider', { name: 'Day on the timeline' }),
      ).toBeVisible(LOAD);
      await expect(
        page.getByRole('heading', { name: 'Moves per year', exact: true }),
      ).toBeVisible(LOAD);
    },
  },
  {
    name: 'the page-not-found page',
    path: '/does-not-exist',
    ready: heading('Page not found'),
  },
];
