import { useQuery } from '@tanstack/react-query';

import { QueryView } from '@/components/ui/query-view';
import { Skeleton } from '@/components/ui/skeleton';
import { pageTitle } from '@/config/paths';
import { announcementQueries } from '@/features/announcements/api/announcement-queries';
import { AnnouncementCard } from '@/features/announcements/components/announcement-card';
import { useFeaturedEvent } from '@/hooks/use-featured-event';
import { prefetchForFeaturedEvent } from '@/lib/prefetch';

import type { QueryClient } from '@tanstack/react-query';

export const loader = (queryClient: QueryClient) => () =>
  prefetchForFeaturedEvent(queryClient, (eventId) => {
    void queryClient.prefetchQuery(announcementQueries.list(eventId));
  });

function CardsSkeleton() {
  return (
    <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {[0, 1, 2, 3, 4, 5].map((i) => (
        <Skeleton key={i} className="h-56" />
      ))}
    </div>
  );
}

function AnnouncementGrid({ eventId }: { eventId: string }) {
  const list = useQuery(announcementQueries.list(eventId));
  return (
    <QueryView
      query={list}
      loadingLabel="Loading announcements…"
      skeleton={<CardsSkeleton />}
    >
      {(data) =>
        data.announcements.length === 0 ? (
          <p className="rounded-xl border border-dashed border-slate-300 p-8 text-center dark:border-slate-700">
            No announcements have been recorded for this event yet.
          </p>
        ) : (
          <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {data.announcements.map((a) => (
              <li key={a.id}>
                <AnnouncementCard announcement={a} />
              </li>
            ))}
          </ul>
        )
      }
    </QueryView>
  );
}

export function Component() {
  const featured = useFeaturedEvent();
  return (
    <>
      <title>{pageTitle('Announcements')}</title>
      <h1 className="mb-6 text-3xl font-bold">Announcements</h1>
      <QueryView
        query={featured}
        loadingLabel="Loading events…"
        skeleton={<CardsSkeleton />}
      >
        {({ event }) => <AnnouncementGrid eventId={event.id} />}
      </QueryView>
    </>
  );
}
