import { useQuery } from '@tanstack/react-query';

import { QueryView } from '@/components/ui/query-view';
import { Skeleton } from '@/components/ui/skeleton';
import { pageTitle } from '@/config/paths';
import { announcementQueries } from '@/features/announcements/api/announcement-queries';
import { AnnouncementBrowser } from '@/features/announcements/components/announcement-browser';
import { SubscribeLinks } from '@/features/announcements/components/subscribe-links';
import { selectCalendarEvents } from '@/lib/calendar/calendar-events';

import type { QueryClient } from '@tanstack/react-query';

export const loader = (queryClient: QueryClient) => () => {
  void queryClient.prefetchQuery(announcementQueries.list());
  return null;
};

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

export function Component() {
  const list = useQuery(announcementQueries.list());
  return (
    <>
      <title>{pageTitle('Announcements')}</title>
      <h1 className="text-3xl font-bold">Announcements</h1>
      <QueryView
        query={list}
        loadingLabel="Loading announcements…"
        skeleton={<BrowserSkeleton />}
      >
        {({ event, catalog, data }) => (
          <>
            <p className="mt-2 mb-6 max-w-3xl text-slate-700 dark:text-slate-300">
              What was announced at {event.name}: products, project releases,
              certifications and more, as reported in the week's coverage.
            </p>
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
    </>
  );
}
