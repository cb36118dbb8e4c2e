import { A11Y_PAGES } from './support/a11y-pages';
import {
  expectNoAxeViolations,
  test,
  useColorScheme,
} from './support/fixtures';

// axe on every page of A11Y_PAGES, once per theme: the `a11y` project.
// Add pages and states there, not here. Every rule in the light theme; in the
// dark theme the rules a theme can change (see COLOUR_RULES).
for (const scheme of ['light', 'dark'] as const) {
  for (const entry of A11Y_PAGES) {
    test(`${entry.name} has no axe violations (${scheme})`, async ({
      page,
    }) => {
      await useColorScheme(page, scheme);
      const path =
        typeof entry.path === 'function' ? entry.path(scheme) : entry.path;
      await page.goto(path);
      await entry.ready(page);
      await expectNoAxeViolations(page, {
        exclude: entry.exclude,
        colours: scheme === 'dark',
      });
    });
  }
}
