import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';

import { QueryView } from '@/components/ui/query-view';
import { Skeleton } from '@/components/ui/skeleton';
import { FOCUS_RING } from '@/components/ui/focus-ring';
import { pageTitle, paths } from '@/config/paths';
import { eventQueries } from '@/features/event/api/event-queries';
import { KeyFigures } from '@/features/event/components/key-figures';
import { KeynoteList } from '@/features/event/components/keynote-list';
import { NextEvents } from '@/features/event/components/next-events';
import { ThemeList } from '@/features/event/components/theme-list';
import { cn } from '@/utils/cn';

import type { EventOverview } from '@/features/event/schemas';
import type { FeaturedFile } from '@/lib/event-catalog';
import type { QueryClient } from '@tanstack/react-query';

export const loader = (queryClient: QueryClient) => () => {
  void queryClient.prefetchQuery(eventQueries.overview());
  return null;
};

const SECTIONS = [
  {
    to: paths.announcements,
    title: 'Announcements',
    text: 'Products, releases, partnerships and certifications announced during the week.',
  },
  {
    to: paths.awards,
    title: 'Awards',
    text: 'End User Awards podium, the first Lifetime Achievement Award and the Community Awards.',
  },
  {
    to: paths.landscape,
    title: 'Observability landscape',
    text: 'The CNCF Observability and Analysis category, explorable and as it stood at the event.',
  },
  {
    to: paths.booth,
    title: 'Booth mode',
    text: 'A full-screen loop for booth displays that keeps running offline.',
  },
];

function Overview({ event, catalog, data }: FeaturedFile<EventOverview>) {
  const nextEvents = catalog.events.filter(
    (e) => e.id !== event.id && e.year >= event.year,
  );
  return (
    <>
      <header className="mb-8">
        <p className="text-accent-700 dark:text-accent-300 text-sm font-semibold">
          {event.shortName}
        </p>
        <h1 className="mt-1 text-3xl font-bold tracking-tight sm:text-4xl">
          {event.name}
        </h1>
        <p className="mt-3 max-w-3xl text-lg text-slate-700 dark:text-slate-300">
          {data.tagline}
        </p>
      </header>
      <div className="space-y-12">
        <section aria-labelledby="figures-title">
          <h2 id="figures-title" className="sr-only">
            Key figures
          </h2>
          <KeyFigures event={event} figures={data.figures} />
          {(data.character || event.note) && (
            <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">
              {[data.character, event.note].filter(Boolean).join(' ')}
            </p>
          )}
        </section>
        <SectionLinks />
        <section aria-labelledby="themes-title">
          <h2 id="themes-title" className="mb-4 text-2xl font-semibold">
            Themes
          </h2>
          <ThemeList themes={data.themes} />
        </section>
        <section aria-labelledby="keynotes-title">
          <h2 id="keynotes-title" className="mb-4 text-2xl font-semibold">
            Keynotes
          </h2>
          <KeynoteList keynotes={data.keynotes} />
        </section>
      </div>
      {nextEvents.length > 0 && (
        <section aria-labelledby="next-title" className="mt-12">
          <h2 id="next-title" className="mb-4 text-2xl font-semibold">
            Announced next
          </h2>
          <NextEvents events={nextEvents} />
        </section>
      )}
    </>
  );
}

function SectionLinks() {
  return (
    <nav aria-labelledby="explore-title">
      <h2 id="explore-title" className="mb-4 text-2xl font-semibold">
        Explore
      </h2>
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {SECTIONS.map((section) => (
          <li key={section.to}>
            <Link
              to={section.to}
              className={cn(
                'hover:border-accent-600 hover:bg-accent-50 dark:hover:border-accent-400 block h-full rounded-xl border border-slate-200 p-5 transition-colors dark:border-slate-800 dark:hover:bg-slate-900',
                FOCUS_RING,
              )}
            >
              <span className="font-semibold">{section.title} →</span>
              <span className="mt-2 block text-sm text-slate-700 dark:text-slate-300">
                {section.text}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function OverviewSkeleton() {
  return (
    <div className="space-y-6">
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        {[0, 1, 2, 3].map((i) => (
          <Skeleton key={i} className="h-24" />
        ))}
      </div>
      <Skeleton className="h-32" />
    </div>
  );
}

export function Component() {
  const overview = useQuery(eventQueries.overview());
  return (
    <>
      <title>{pageTitle()}</title>
      <QueryView
        query={overview}
        loadingLabel="Loading the event overview…"
        skeleton={<OverviewSkeleton />}
      >
        {(featured) => <Overview {...featured} />}
      </QueryView>
    </>
  );
}
