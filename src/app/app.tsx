import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect } from 'react';
import { RouterProvider } from 'react-router/dom';

import { isBuildStale } from '@/lib/service-worker';
import { recoverFromStaleBuilds } from '@/lib/stale-build';

import type { QueryClient } from '@tanstack/react-query';
import type { createBrowserRouter } from 'react-router';

export type AppProps = {
  queryClient: QueryClient;
  router: ReturnType<typeof createBrowserRouter>;
};

export function App({ queryClient, router }: AppProps) {
  useEffect(() => recoverFromStaleBuilds(router, isBuildStale), [router]);
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
