import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';

import { QueryView } from '@/components/ui/query-view';
import { Skeleton } from '@/components/ui/skeleton';
import { pageTitle, paths } from '@/config/paths';
import { announcementQueries } from '@/features/announcements/api/announcement-queries';
import { ANNOUNCEMENT_KIND_LABELS } from '@/features/announcements/schemas';
import { useFeaturedEvent } from '@/hooks/use-featured-event';
import { prefetchForFeaturedEvent } from '@/lib/prefetch';
import { formatFigure } from '@/utils/format';

import type { QueryClient } from '@tanstack/react-query';

export const loader = (queryClient: QueryClient) => () =>
  prefetchForFeaturedEvent(queryClient, (eventId) => {
    void queryClient.prefetchQuery(announcementQueries.list(eventId));
  });

function Detail({ eventId, id }: { eventId: string; id: string }) {
  const list = useQuery(announcementQueries.list(eventId));
  return (
    <QueryView
      query={list}
      loadingLabel="Loading the announcement…"
      skeleton={<Skeleton className="h-64" />}
    >
      {(data) => {
        const announcement = data.announcements.find((a) => a.id === id);
        if (!announcement) {
          return (
            <section>
              <title>{pageTitle('Announcement not found')}</title>
              <h1 className="text-3xl font-bold">Announcement not found</h1>
              <p className="mt-4">
                No announcement has the id <code>{id}</code>.
              </p>
              <Link
                to={paths.announcements}
                className="mt-6 inline-block underline"
              >
                Back to all announcements
              </Link>
            </section>
          );
        }
        return (
          <article>
            <title>{pageTitle(announcement.title)}</title>
            <p className="text-accent-700 dark:text-accent-300 text-sm font-semibold uppercase">
              {ANNOUNCEMENT_KIND_LABELS[announcement.kind]}
            </p>
            <h1 className="mt-1 text-3xl font-bold">{announcement.title}</h1>
            <p className="mt-4 max-w-3xl text-lg">{announcement.summary}</p>
            <ul className="mt-6 max-w-3xl list-disc space-y-1 pl-5">
              {announcement.details.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
            {announcement.figures.length > 0 && (
              <dl className="mt-6 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
                {announcement.figures.map((f) => (
                  <div
                    key={f.label}
                    className="rounded-lg border border-slate-200 p-4 dark:border-slate-800"
                  >
                    <dt className="text-sm text-slate-600 dark:text-slate-400">
                      {f.label}
                    </dt>
                    <dd className="tabular text-2xl font-bold">
                      {formatFigure(f)}
                    </dd>
                  </div>
                ))}
              </dl>
            )}
            <Link
              to={paths.announcements}
              className="mt-8 inline-block underline"
            >
              ← All announcements
            </Link>
          </article>
        );
      }}
    </QueryView>
  );
}

export function Component() {
  const { id = '' } = useParams();
  const featured = useFeaturedEvent();
  return (
    <QueryView
      query={featured}
      loadingLabel="Loading events…"
      skeleton={<Skeleton className="h-64" />}
    >
      {({ event }) => <Detail eventId={event.id} id={id} />}
    </QueryView>
  );
}
