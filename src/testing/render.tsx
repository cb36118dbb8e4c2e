import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';

import { createAppRoutes } from '@/app/router';

/** A query client for tests: no retries, so failures show at once. */
function createTestQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Infinity } },
  });
}

/** Renders the whole app at `url`, with a fresh client and in-memory router. */
export function renderApp(url: string, queryClient = createTestQueryClient()) {
  const router = createMemoryRouter(createAppRoutes(queryClient), {
    initialEntries: [url],
  });
  const result = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { ...result, router, queryClient };
}
