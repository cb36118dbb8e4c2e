import { queryOptions } from '@tanstack/react-query';

import { eventFileUrl } from '@/lib/event-catalog';
import { fetchJson } from '@/lib/fetch-json';

import { AnnouncementListSchema } from '../schemas';

export const announcementQueries = {
  all: ['announcements'] as const,
  list: (eventId: string) =>
    queryOptions({
      queryKey: [...announcementQueries.all, 'list', eventId],
      queryFn: ({ signal }) =>
        fetchJson(
          eventFileUrl(eventId, 'announcements'),
          AnnouncementListSchema,
          { signal },
        ),
    }),
};
