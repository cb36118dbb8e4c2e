import { catalogQueries, featuredEvent } from './event-catalog';

import type { QueryClient } from '@tanstack/react-query';

/**
 * Route-loader helper: starts loading the catalog and then the featured
 * event's files, without blocking navigation. The page renders at once with
 * its own skeleton and shows any failure itself, with a retry.
 */
export function prefetchForFeaturedEvent(
  queryClient: QueryClient,
  prefetch: (eventId: string) => void,
): null {
  queryClient
    .fetchQuery(catalogQueries.catalog())
    .then((catalog) => prefetch(featuredEvent(catalog).id))
    .catch(() => {
      // The page's own queries report the failure.
    });
  return null;
}
