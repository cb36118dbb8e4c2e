import { queryOptions } from '@tanstack/react-query';

import { fetchFeaturedFile } from '@/lib/event-catalog';

import { EventOverviewSchema } from '../schemas';

export const eventQueries = {
  all: ['event'] as const,
  /** The featured event's overview file, with the event and the catalog. */
  overview: () =>
    queryOptions({
      queryKey: [...eventQueries.all, 'overview', 'featured'],
      queryFn: ({ client, signal }) =>
        fetchFeaturedFile(client, 'overview', EventOverviewSchema, signal),
    }),
};
