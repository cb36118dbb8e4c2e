import { useQuery } from '@tanstack/react-query';

import { QueryView } from '@/components/ui/query-view';
import { Skeleton } from '@/components/ui/skeleton';
import { pageTitle } from '@/config/paths';
import { announcementQueries } from '@/features/announcements/api/announcement-queries';
import { AnnouncementBrowser } from '@/features/announcements/components/announcement-browser';
import { SubscribeLinks } from '@/features/announcements/components/subscribe-links';
import { useFeaturedEvent } from '@/hooks/use-featured-event';
import { selectCalendarEvents } from '@/lib/calendar/calendar-events';
import { prefetchForFeaturedEvent } from '@/lib/prefetch';

import type { EventCatalog } from '@/lib/event-catalog';
import type { QueryClient } from '@tanstack/react-query';

export const loader = (queryClient: QueryClient) => () =>
  prefetchForFeaturedEvent(queryClient, (eventId) => {
    void queryClient.prefetchQuery(announcementQueries.list(eventId));
  });

function BrowserSkeleton() {
  return (
    <div className="grid gap-8 lg:grid-cols-[18rem_minmax(0,1fr)]">
      <div className="space-y-4">
        <Skeleton className="h-11" />
        <Skeleton className="h-24" />
        <Skeleton className="h-40" />
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        {[0, 1, 2, 3].map((i) => (
          <Skeleton key={i} className="h-56" />
        ))}
      </div>
    </div>
  );
}

function Announcements({
  eventId,
  catalog,
}: {
  eventId: string;
  catalog: EventCatalog;
}) {
  const list = useQuery(announcementQueries.list(eventId));
  return (
    <QueryView
      query={list}
      loadingLabel="Loading announcements…"
      skeleton={<BrowserSkeleton />}
    >
      {(data) => (
        <>
          {data.announcements.length === 0 ? (
            <p className="rounded-xl border border-dashed border-slate-300 p-8 text-center dark:border-slate-700">
              No announcements have been recorded for this event yet.
            </p>
          ) : (
            <AnnouncementBrowser announcements={data.announcements} />
          )}
          <SubscribeLinks calendar={selectCalendarEvents(catalog)} />
        </>
      )}
    </QueryView>
  );
}

export function Component() {
  const featured = useFeaturedEvent();
  return (
    <>
      <title>{pageTitle('Announcements')}</title>
      <h1 className="text-3xl font-bold">Announcements</h1>
      <QueryView
        query={featured}
        loadingLabel="Loading events…"
        skeleton={<BrowserSkeleton />}
      >
        {({ event, catalog }) => (
          <>
            <p className="mt-2 mb-6 max-w-3xl text-slate-700 dark:text-slate-300">
              What was announced at {event.name}: products, project releases,
              certifications and more, as reported in the week's coverage.
            </p>
            <Announcements eventId={event.id} catalog={catalog} />
          </>
        )}
      </QueryView>
    </>
  );
}
