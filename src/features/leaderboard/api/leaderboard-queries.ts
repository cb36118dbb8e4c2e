import { queryOptions } from '@tanstack/react-query';

import { fetchFeaturedFile } from '@/lib/event-catalog';

import { AwardsSchema } from '../schemas';

export const leaderboardQueries = {
  all: ['awards'] as const,
  /** The featured event's awards file, with the event and the catalog. */
  awards: () =>
    queryOptions({
      queryKey: [...leaderboardQueries.all, 'featured'],
      queryFn: ({ client, signal }) =>
        fetchFeaturedFile(client, 'awards', AwardsSchema, signal),
    }),
};
