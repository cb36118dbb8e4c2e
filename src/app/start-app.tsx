import { hydrate } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { createBrowserRouter, matchRoutes } from 'react-router';

import { setRenderedOn } from '@/hooks/use-today';
import { createQueryClient } from '@/lib/query-client';
import {
  normalizePath,
  PRERENDER_STATE_ID,
  SPA_PENDING_ATTRIBUTE,
} from '@/prerender/prerender-state';

import { App } from './app';
import { createAppRoutes } from './router';

import type { PrerenderState } from '@/prerender/prerender-state';
import type { RouteObject } from 'react-router';

/** The state of a prerendered page, when this page is one. */
function readPrerenderState(): PrerenderState | null {
  const script = document.getElementById(PRERENDER_STATE_ID);
  if (!script?.textContent) return null;
  try {
    // Our own build wrote it (src/prerender/prerender-state.ts).
    return JSON.parse(script.textContent) as PrerenderState;
  } catch {
    return null;
  }
}

/**
 * Whether the markup is this URL's: a static host also answers other URLs
 * with some page's HTML (the SPA fallback, `?category=…` views), and those
 * are rendered afresh instead.
 */
function isThisPage(state: PrerenderState): boolean {
  return (
    normalizePath(window.location.pathname) === state.path &&
    window.location.search === ''
  );
}

/** Loads the matched lazy route modules first, so hydration renders them. */
async function resolveLazyMatches(routes: RouteObject[]): Promise<void> {
  const matches = matchRoutes(routes, window.location) ?? [];
  await Promise.all(
    matches.map(async ({ route }) => {
      if (typeof route.lazy !== 'function') return;
      const resolved = await route.lazy();
      Object.assign(route, resolved, { lazy: undefined });
    }),
  );
}

/**
 * Starts the app in #root: hydrates a prerendered page with the data and
 * loader state it carries (nothing is fetched again), or renders from
 * scratch (dev server, mock builds, URLs without their own page).
 */
export async function startApp(container: HTMLElement): Promise<void> {
  const queryClient = createQueryClient();
  const routes = createAppRoutes(queryClient);
  const state = readPrerenderState();
  if (state && isThisPage(state)) {
    setRenderedOn(state.renderedOn);
    // The data came with this HTML: as fresh as if fetched now.
    const now = Date.now();
    for (const query of state.queries.queries) query.state.dataUpdatedAt = now;
    hydrate(queryClient, state.queries);
    await resolveLazyMatches(routes);
    const router = createBrowserRouter(routes, { hydrationData: state.router });
    hydrateRoot(
      container,
      <StrictMode>
        <App queryClient={queryClient} router={router} />
      </StrictMode>,
    );
    return;
  }
  const router = createBrowserRouter(routes);
  const root = createRoot(container);
  flushSync(() =>
    root.render(
      <StrictMode>
        <App queryClient={queryClient} router={router} />
      </StrictMode>,
    ),
  );
  // Another page's markup stayed hidden until now (prerender-state.ts).
  document.documentElement.removeAttribute(SPA_PENDING_ATTRIBUTE);
}
