import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';

import { FOCUS_RING } from '@/components/ui/focus-ring';
import { QueryView } from '@/components/ui/query-view';
import { SkeletonStack } from '@/components/ui/skeleton';
import { pageTitle, paths } from '@/config/paths';
import { announcementQueries } from '@/features/announcements/api/announcement-queries';
import { AnnouncementFacts } from '@/features/announcements/components/announcement-facts';
import { PrevNextNav } from '@/features/announcements/components/prev-next-nav';
import { RelatedAnnouncements } from '@/features/announcements/components/related-announcements';
import { ShareButton } from '@/features/announcements/components/share-button';
import { findRelated, neighbours } from '@/features/announcements/find-related';
import { sourcesOf } from '@/features/announcements/schemas';
import { useSiteOrigin } from '@/hooks/use-render-context';
import { cn } from '@/utils/cn';

import type { AnnouncementList } from '@/features/announcements/schemas';
import type { QueryClient } from '@tanstack/react-query';

export const loader = (queryClient: QueryClient) => () => {
  void queryClient.prefetchQuery(announcementQueries.list());
  return null;
};

const BACK_LINK = cn(
  'text-accent-700 underline decoration-1 underline-offset-2 hover:decoration-2 dark:text-accent-300',
  FOCUS_RING,
);

const DETAIL_SKELETON = ['h-4 w-32', 'h-9 w-2/3', 'h-16 max-w-3xl', 'h-48'];

function NotFound({ id }: { id: string }) {
  return (
    <section className="mx-auto max-w-xl py-12 text-center">
      <title>{pageTitle('Announcement not found')}</title>
      <p className="text-accent-700 dark:text-accent-300 text-sm font-semibold tracking-wide uppercase">
        404
      </p>
      <h1 className="mt-2 text-3xl font-bold">Announcement not found</h1>
      <p className="mt-4 text-slate-700 dark:text-slate-300">
        No announcement has the id <code className="break-all">{id}</code>. It
        may have been renamed, or the link was cut short.
      </p>
      <Link
        to={paths.announcements}
        className="bg-accent-600 hover:bg-accent-700 mt-8 inline-block rounded-md px-4 py-2 font-medium text-white"
      >
        See all announcements
      </Link>
    </section>
  );
}

function Detail({ data, id }: { data: AnnouncementList; id: string }) {
  const origin = useSiteOrigin();
  const announcement = data.announcements.find((a) => a.id === id);
  if (!announcement) return <NotFound id={id} />;
  const { previous, next } = neighbours(data.announcements, id);
  const url = new URL(paths.announcement(id), origin).href;
  return (
    <article>
      <title>{pageTitle(announcement.title)}</title>
      <Link to={paths.announcements} className={cn(BACK_LINK, 'text-sm')}>
        ← All announcements
      </Link>
      <div className="mt-4">
        <AnnouncementFacts
          announcement={announcement}
          sources={sourcesOf(announcement, data.sources)}
        />
      </div>
      <div className="mt-6">
        <ShareButton title={announcement.title} url={url} />
      </div>
      <RelatedAnnouncements
        related={findRelated(announcement, data.announcements)}
      />
      <PrevNextNav previous={previous} next={next} />
    </article>
  );
}

export function Component() {
  const { id = '' } = useParams();
  const list = useQuery(announcementQueries.list());
  return (
    <QueryView
      query={list}
      loadingLabel="Loading the announcement…"
      skeleton={<SkeletonStack blocks={DETAIL_SKELETON} />}
    >
      {({ data }) => <Detail data={data} id={id} />}
    </QueryView>
  );
}
