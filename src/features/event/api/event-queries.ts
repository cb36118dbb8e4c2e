import { queryOptions } from '@tanstack/react-query';

import { eventFileUrl } from '@/lib/event-catalog';
import { fetchJson } from '@/lib/fetch-json';

import { EventOverviewSchema } from '../schemas';

export const eventQueries = {
  all: ['event'] as const,
  overview: (eventId: string) =>
    queryOptions({
      queryKey: [...eventQueries.all, 'overview', eventId],
      queryFn: ({ signal }) =>
        fetchJson(eventFileUrl(eventId, 'overview'), EventOverviewSchema, {
          signal,
        }),
    }),
};
