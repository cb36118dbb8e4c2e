import { createPath } from 'react-router';

import type { DataRouter } from 'react-router';

/** sessionStorage key: when this tab last reloaded for a missing chunk. */
const RELOAD_KEY = 'cncf-explorer:stale-build-reload';
/** A second failure within this time shows the error instead of looping. */
const RELOAD_GUARD_MS = 30_000;

/**
 * Loads `target` as a fresh document, unless this tab already did so for a
 * failed chunk within RELOAD_GUARD_MS (then the error is real: show it).
 * Without sessionStorage there is no loop guard, so it does nothing.
 */
function reloadOnce(
  target: string,
  now = Date.now(),
  go: (url: string) => void = (url) => window.location.assign(url),
): boolean {
  try {
    const last = Number(sessionStorage.getItem(RELOAD_KEY) ?? 0);
    if (now - last < RELOAD_GUARD_MS) return false;
    sessionStorage.setItem(RELOAD_KEY, String(now));
  } catch {
    return false;
  }
  go(target);
  return true;
}

type AppRouter = Pick<DataRouter, 'subscribe'>;

/**
 * After a deployment, this tab's code names chunks the server no longer
 * has. When one fails to load (Vite's `vite:preloadError`), load the page
 * the reader was going to as a fresh document, in the new build, once.
 * When `isStale()` says a new service worker took over from another tab,
 * the next navigation is a full page load for the same reason.
 */
export function recoverFromStaleBuilds(
  router: AppRouter,
  isStale: () => boolean,
): () => void {
  let pending: string | undefined;
  const unsubscribe = router.subscribe((state) => {
    const next = state.navigation.location;
    pending = next ? createPath(next) : undefined;
    if (next && isStale()) window.location.assign(createPath(next));
  });
  const onPreloadError = (event: Event) => {
    const target =
      pending ??
      `${window.location.pathname}${window.location.search}${window.location.hash}`;
    if (reloadOnce(target)) event.preventDefault();
  };
  window.addEventListener('vite:preloadError', onPreloadError);
  return () => {
    unsubscribe();
    window.removeEventListener('vite:preloadError', onPreloadError);
  };
}
