import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter, matchRoutes } from 'react-router';

import { APP_MARKS } from '@/config/app-marks';
import { mark } from '@/config/instrument';
import { setRenderContext } from '@/hooks/use-render-context';
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
  const json = document.getElementById(PRERENDER_STATE_ID)?.textContent;
  // Our own build wrote it (src/prerender/prerender-state.ts).
  return json ? (JSON.parse(json) as PrerenderState) : null;
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
  mark(APP_MARKS.started);
  const queryClient = createQueryClient();
  const routes = createAppRoutes(queryClient);
  const state = readPrerenderState();
  // A route module that fails to load (a deployment removed it) leaves the
  // page to the router, which reloads or shows the error (stale-build.ts).
  const hydratable =
    state !== null &&
    isThisPage(state) &&
    (await resolveLazyMatches(routes).then(
      () => true,
      () => false,
    ));
  if (state && hydratable) {
    setRenderContext(state.context);
    // The data came with this HTML: as fresh as if fetched now. (Each query
    // of the dehydrated cache is set as data: TanStack's hydrate() would add
    // 1 KB to every first load for promises and timestamps we do not use.)
    for (const query of state.queries.queries) {
      queryClient.setQueryData(query.queryKey, query.state.data);
    }
    // The page's data is available from here (a fetched page: its parse).
    mark(APP_MARKS.dataHydrated);
  }
  const router = createBrowserRouter(
    routes,
    hydratable ? { hydrationData: state.router } : {},
  );
  const app = (
    <StrictMode>
      <App queryClient={queryClient} router={router} />
    </StrictMode>
  );
  if (hydratable) {
    hydrateRoot(container, app);
    return;
  }
  const root = createRoot(container);
  flushSync(() => root.render(app));
  // Another page's markup stayed hidden until now (prerender-state.ts).
  document.documentElement.removeAttribute(SPA_PENDING_ATTRIBUTE);
}
