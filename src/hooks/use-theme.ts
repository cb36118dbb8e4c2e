import { useCallback, useEffect, useSyncExternalStore } from 'react';

export type ThemePreference = 'system' | 'light' | 'dark';

/** localStorage key; index.html reads the same key before first paint. */
const THEME_STORAGE_KEY = 'cncf-explorer:theme';
const DARK_QUERY = '(prefers-color-scheme: dark)';
const listeners = new Set<() => void>();

function readPreference(): ThemePreference {
  try {
    const saved = localStorage.getItem(THEME_STORAGE_KEY);
    return saved === 'light' || saved === 'dark' ? saved : 'system';
  } catch {
    return 'system';
  }
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  const media = window.matchMedia(DARK_QUERY);
  media.addEventListener('change', listener);
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    media.removeEventListener('change', listener);
    window.removeEventListener('storage', listener);
  };
}

function systemPrefersDark(): boolean {
  return window.matchMedia(DARK_QUERY).matches;
}

/** Resolves a preference to the theme shown. */
function resolveTheme(
  preference: ThemePreference,
  prefersDark: boolean,
): 'light' | 'dark' {
  if (preference === 'system') return prefersDark ? 'dark' : 'light';
  return preference;
}

/**
 * The site theme (the header's toggle): follows the system until the user picks one, then
 * remembers the choice in localStorage (and across tabs).
 */
export function useTheme() {
  const preference = useSyncExternalStore(
    subscribe,
    readPreference,
    () => 'system' as const,
  );
  const prefersDark = useSyncExternalStore(
    subscribe,
    systemPrefersDark,
    () => false,
  );
  const theme = resolveTheme(preference, prefersDark);

  useEffect(() => {
    document.documentElement.classList.toggle('dark', theme === 'dark');
  }, [theme]);

  const setPreference = useCallback((next: ThemePreference) => {
    try {
      if (next === 'system') localStorage.removeItem(THEME_STORAGE_KEY);
      else localStorage.setItem(THEME_STORAGE_KEY, next);
    } catch {
      // Storage can be blocked; the choice then lasts for this page only.
    }
    listeners.forEach((listener) => listener());
  }, []);

  return { preference, theme, setPreference };
}

function subscribeToRootClass(listener: () => void) {
  const observer = new MutationObserver(listener);
  observer.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['class'],
  });
  return () => observer.disconnect();
}

const rootIsDark = () => document.documentElement.classList.contains('dark');

/**
 * The theme the page shows right now: the `.dark` class on <html>, whoever
 * set it (useTheme, or a page's useThemeOverride). For drawings that need
 * literal colours (SVG and canvas charts).
 */
export function useDocumentTheme(): 'light' | 'dark' {
  return useSyncExternalStore(subscribeToRootClass, rootIsDark, () => false)
    ? 'dark'
    : 'light';
}

/**
 * A page that sets its own theme from its URL (the booth's `?theme=`, the
 * embed's): applied to <html> while the page is mounted, following the
 * system for `system`, without touching the stored site preference; the
 * site's theme comes back on the way out.
 */
export function useThemeOverride(theme: ThemePreference): void {
  useEffect(() => {
    const root = document.documentElement;
    const wasDark = root.classList.contains('dark');
    const media = window.matchMedia(DARK_QUERY);
    const apply = () =>
      root.classList.toggle(
        'dark',
        resolveTheme(theme, media.matches) === 'dark',
      );
    apply();
    if (theme === 'system') media.addEventListener('change', apply);
    return () => {
      media.removeEventListener('change', apply);
      root.classList.toggle('dark', wasDark);
    };
  }, [theme]);
}
