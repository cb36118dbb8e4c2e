import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { RouterProvider } from 'react-router/dom';

import { createQueryClient } from '@/lib/query-client';
import { isBuildStale } from '@/lib/service-worker';
import { recoverFromStaleBuilds } from '@/lib/stale-build';

import { createAppRouter } from './router';

export function App() {
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(() => createAppRouter(queryClient));
  useEffect(() => recoverFromStaleBuilds(router, isBuildStale), [router]);
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
