import { RootLayout } from '@/components/layouts/root-layout';
import { RouteError } from '@/components/layouts/route-error';
import { PageSkeleton } from '@/components/ui/page-skeleton';

import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunction, RouteObject } from 'react-router';

/** What a lazily loaded route module exports, by name. */
export type RouteModule = {
  Component: React.ComponentType;
  ErrorBoundary?: React.ComponentType;
  loader?: (queryClient: QueryClient) => LoaderFunction;
};

/** Turns a route module import into React Router's `lazy()` result. */
function lazyRoute(
  queryClient: QueryClient,
  load: () => Promise<RouteModule>,
): RouteObject['lazy'] {
  return async () => {
    const module = await load();
    // Undefined when the chunk failed and a fresh load into the new build
    // is under way (src/lib/stale-build.ts): keep the pending state.
    if (!module) return new Promise<never>(() => undefined);
    return {
      Component: module.Component,
      ErrorBoundary: module.ErrorBoundary ?? RouteError,
      ...(module.loader ? { loader: module.loader(queryClient) } : {}),
    };
  };
}

export function createAppRoutes(queryClient: QueryClient): RouteObject[] {
  const lazy = (load: () => Promise<RouteModule>) =>
    lazyRoute(queryClient, load);
  return [
    {
      // Full-screen presentation: outside the site layout (no header or
      // footer), like the embeds; it links back to the site itself.
      path: '/booth',
      HydrateFallback: PageSkeleton,
      lazy: lazy(() => import('./routes/booth')),
    },
    {
      path: '/',
      Component: RootLayout,
      HydrateFallback: PageSkeleton,
      ErrorBoundary: RouteError,
      children: [
        { index: true, lazy: lazy(() => import('./routes/home')) },
        {
          path: 'announcements',
          lazy: lazy(() => import('./routes/announcements')),
        },
        {
          path: 'announcements/:id',
          lazy: lazy(() => import('./routes/announcement-detail')),
        },
        { path: 'awards', lazy: lazy(() => import('./routes/awards')) },
        {
          path: 'awards/embed',
          lazy: lazy(() => import('./routes/awards-embed')),
        },
        { path: 'landscape', lazy: lazy(() => import('./routes/landscape')) },
        {
          path: 'landscape/timeline',
          lazy: lazy(() => import('./routes/landscape-timeline')),
        },
        {
          path: 'booth/setup',
          lazy: lazy(() => import('./routes/booth-setup')),
        },
        { path: '*', lazy: lazy(() => import('./routes/not-found')) },
      ],
    },
  ];
}
