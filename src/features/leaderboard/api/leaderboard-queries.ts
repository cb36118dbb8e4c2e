import { queryOptions } from '@tanstack/react-query';

import { eventFileUrl } from '@/lib/event-catalog';
import { fetchJson } from '@/lib/fetch-json';

import { AwardsSchema } from '../schemas';

export const leaderboardQueries = {
  all: ['awards'] as const,
  awards: (eventId: string) =>
    queryOptions({
      queryKey: [...leaderboardQueries.all, eventId],
      queryFn: ({ signal }) =>
        fetchJson(eventFileUrl(eventId, 'awards'), AwardsSchema, { signal }),
    }),
};
