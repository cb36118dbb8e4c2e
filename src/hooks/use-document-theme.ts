import { useSyncExternalStore } from 'react';

function subscribe(listener: () => void) {
  const observer = new MutationObserver(listener);
  observer.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['class'],
  });
  return () => observer.disconnect();
}

const isDark = () => document.documentElement.classList.contains('dark');

/**
 * The theme the page shows right now: the `.dark` class on <html>,
 * whoever set it (the site's theme, or booth mode's `?theme=`). For
 * drawings that need literal colours (SVG charts).
 */
export function useDocumentTheme(): 'light' | 'dark' {
  const dark = useSyncExternalStore(subscribe, isDark, () => false);
  return dark ? 'dark' : 'light';
}
