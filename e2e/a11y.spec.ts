import { A11Y_PAGES } from './support/a11y-pages';
import {
  expect,
  expectNoAxeViolations,
  test,
  useColorScheme,
} from './support/fixtures';

import type { A11yPage } from './support/a11y-pages';
import type { Page } from '@playwright/test';

// axe on every page of A11Y_PAGES in both themes: the `a11y` project. Add
// pages and states there, not here. One load per page: every rule in the
// light theme, then the system turns dark (the app follows it live) and the
// rules a theme can change run again (see COLOUR_RULES). A page whose
// address names its theme (the embed) is loaded again for the dark run.

async function open(page: Page, entry: A11yPage, scheme: 'light' | 'dark') {
  await page.goto(
    typeof entry.path === 'function' ? entry.path(scheme) : entry.path,
  );
  await entry.ready(page);
}

/** Waits until no colour transition is running (buttons ease their colours). */
async function settled(page: Page) {
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every((a) => !(a instanceof CSSTransition) || a.playState !== 'running'),
  );
}

for (const entry of A11Y_PAGES) {
  test(`${entry.name} has no axe violations (light and dark)`, async ({
    page,
  }) => {
    await useColorScheme(page, 'light');
    await open(page, entry, 'light');
    await expectNoAxeViolations(page, { exclude: entry.exclude });

    await useColorScheme(page, 'dark');
    if (typeof entry.path === 'function') await open(page, entry, 'dark');
    else await expect(page.locator('html')).toHaveClass(/(^|\s)dark(\s|$)/);
    await settled(page);
    await expectNoAxeViolations(page, {
      exclude: entry.exclude,
      colours: true,
    });
  });
}
