import { queryOptions } from '@tanstack/react-query';

import { fetchFeaturedFile } from '@/lib/event-catalog';

import { AnnouncementListSchema } from '../schemas';

export const announcementQueries = {
  all: ['announcements'] as const,
  /** The featured event's announcements file, with the event and the catalog. */
  list: () =>
    queryOptions({
      queryKey: [...announcementQueries.all, 'list', 'featured'],
      queryFn: ({ client, signal }) =>
        fetchFeaturedFile(
          client,
          'announcements',
          AnnouncementListSchema,
          signal,
        ),
    }),
};
