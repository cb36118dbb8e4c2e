import { useQuery } from '@tanstack/react-query';

import { catalogQueries, featuredEvent } from '@/lib/event-catalog';

import type { EventCatalog } from '@/lib/event-catalog';

/** The catalog query plus the event the app is about. */
export function useFeaturedEvent() {
  const query = useQuery({
    ...catalogQueries.catalog(),
    select: (catalog: EventCatalog) => ({
      catalog,
      event: featuredEvent(catalog),
    }),
  });
  return query;
}
