import { QueryClient } from '@tanstack/react-query';

import { isDataError } from './data-error';

const FIVE_MINUTES = 5 * 60_000;

/**
 * Retries only what might pass on a second try (network, 5xx, a download
 * that stalled). A request that got no answer at all has already waited its
 * whole budget, so it is not retried: the message's "within 15 s" is then
 * the reader's real wait, not a third of it.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isDataError(error) && !error.isTransient) return false;
  if (isDataError(error) && error.kind === 'timeout') return false;
  return failureCount < 2;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // The data is near-static JSON: no refetch on focus, long freshness.
        staleTime: FIVE_MINUTES,
        gcTime: 24 * 60 * 60_000,
        refetchOnWindowFocus: false,
        retry: shouldRetry,
        retryDelay: (attempt) => Math.min(1000 * 2 ** attempt, 8000),
      },
    },
  });
}

/**
 * Resolves once no query is fetching, including queries started while
 * waiting (a loader prefetches the catalog, then the event's file).
 */
export async function whenQueriesSettle(
  queryClient: QueryClient,
): Promise<void> {
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (queryClient.isFetching() === 0) return;
    const fetching = queryClient
      .getQueryCache()
      .findAll({ fetchStatus: 'fetching' });
    await Promise.all(fetching.map((q) => q.promise?.catch(() => undefined)));
  }
}
