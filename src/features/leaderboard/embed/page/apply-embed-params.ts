import { effectiveEmbedTheme } from '@/features/leaderboard/embed/embed-params';

import type { EmbedParams } from '@/features/leaderboard/embed/embed-params';

/** Class on <html> per theme; `auto` follows prefers-color-scheme in embed.css. */
export const THEME_CLASSES = {
  auto: 'theme-auto',
  light: 'light',
  dark: 'dark',
} as const;

function hide(element: Element, hidden: boolean) {
  if (element instanceof HTMLElement) element.hidden = hidden;
}

/**
 * Applies URL options to the pre-rendered leaderboard (which shows the
 * defaults). Values are already validated by parseEmbedParams; they are
 * set as CSS custom properties with setProperty, never as markup or a
 * style string, so nothing can be injected.
 */
export function applyEmbedParams(doc: Document, params: EmbedParams): void {
  const root = doc.documentElement;
  root.classList.remove(...Object.values(THEME_CLASSES));
  // Transparent + auto is light: text on a host page never follows the
  // visitor's system (see effectiveEmbedTheme).
  root.classList.add(THEME_CLASSES[effectiveEmbedTheme(params)]);
  if (params.bg !== null) root.style.setProperty('--embed-bg', params.bg);
  // A transparent frame must not declare a colour scheme different from the
  // host's, or the browser paints an opaque backdrop behind it.
  root.toggleAttribute('data-transparent', params.bg === 'transparent');
  if (params.accent !== null) {
    root.style.setProperty('--color-accent-600', params.accent);
    root.style.setProperty('--color-accent-400', params.accent);
  }
  doc
    .querySelector('[data-embed-title]')
    ?.classList.toggle('sr-only', !params.title);
  const sections = [...doc.querySelectorAll('[data-award]')];
  let shown = 0;
  for (const section of sections) {
    const id = section.getAttribute('data-award');
    const hidden = params.award !== 'all' && id !== params.award;
    if (!hidden) shown += 1;
    hide(section, hidden);
    for (const item of section.querySelectorAll('[data-winner-index]')) {
      const index = Number(item.getAttribute('data-winner-index'));
      hide(item, params.limit !== null && index >= params.limit);
    }
  }
  // An id the data lacks (a typo, a past event's award) hides every
  // section: say so instead of showing an empty frame. textContent only.
  const missing = doc.querySelector('[data-award-missing]');
  if (missing) {
    hide(missing, sections.length === 0 || shown > 0);
    const id = missing.querySelector('[data-award-id]');
    if (id) id.textContent = params.award;
  }
}
