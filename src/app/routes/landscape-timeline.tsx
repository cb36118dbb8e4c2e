import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link, useNavigate } from 'react-router';

import { QueryView } from '@/components/ui/query-view';
import { Skeleton } from '@/components/ui/skeleton';
import { pageTitle, paths } from '@/config/paths';
import {
  ALL_CATEGORIES,
  landscapeQueries,
} from '@/features/landscape/api/landscape-queries';
import { LandscapeSourceBar } from '@/features/landscape/components/landscape-source-bar';
import { OpenLandscapeFile } from '@/features/landscape/components/open-landscape-file';
import { useImportedLandscape } from '@/features/landscape/import/use-imported-landscape';
import { SOURCE_PARAM } from '@/features/landscape/import/use-landscape-source';
import { TimelineExplorer } from '@/features/timeline/components/timeline-explorer';
import { TIMELINE_TITLE } from '@/features/timeline/components/timeline-text';
import {
  parseTimelineView,
  writeTimelineView,
} from '@/features/timeline/model/timeline-view';
import { useElementWidth } from '@/hooks/use-element-width';
import { keepParams, useSearchState } from '@/hooks/use-search-state';
import { catalogQueries, datedEvents } from '@/lib/event-catalog';
import { formatDate } from '@/utils/format';

import type { Landscape } from '@/features/landscape/schemas';
import type { Move } from '@/features/timeline/model/timeline-moves';
import type { TimelineView } from '@/features/timeline/model/timeline-view';
import type { DatedEvent } from '@/lib/event-catalog';
import type { QueryClient } from '@tanstack/react-query';

export const loader = (queryClient: QueryClient) => () => {
  void queryClient.prefetchQuery(landscapeQueries.whole());
  void queryClient.prefetchQuery(catalogQueries.catalog());
  return null;
};

/** The landscape on `date`: the item's category with it open, or the whole landscape. */
function landscapeLink(
  date: string,
  item?: { id: string; category: string },
): string {
  const params = new URLSearchParams({
    category: item?.category ?? ALL_CATEGORIES,
    date,
  });
  if (item) params.set('item', item.id);
  return `${paths.landscape}?${params}`;
}

/**
 * px: the chart's width until the column is measured: in the prerendered
 * page (fitted to the column by CSS until then) and so while it hydrates.
 * The page's widest column (the layout's `max-w-7xl`, 80rem, less
 * `sm:px-6`, 2 × 1.5rem), so on screens 1,328 px wide or more the
 * prerendered chart already has its final width and hydration redraws
 * nothing; narrower columns redraw it once measured.
 */
const NOMINAL_WIDTH = 1232;

/**
 * The column the timeline fills, and its width: `NOMINAL_WIDTH` until
 * measured. The prerendered chart hydrates at the width it was drawn at;
 * a different measured width follows in the same task, before the next
 * paint, and re-renders only what this column holds (the same width
 * re-renders nothing).
 */
function MeasuredColumn({
  children,
}: {
  children: (width: number) => React.ReactNode;
}) {
  const [columnRef, measured] = useElementWidth<HTMLDivElement>(NOMINAL_WIDTH);
  return <div ref={columnRef}>{children(measured || NOMINAL_WIDTH)}</div>;
}

const NO_EVENTS: readonly DatedEvent[] = [];

/** The view lives in the URL; a loaded landscape (`?source=`) stays loaded while filtering. */
const writeUrlView = (view: TimelineView, current: URLSearchParams) =>
  keepParams(writeTimelineView(view), current, [SOURCE_PARAM]);

export function Component() {
  const imported = useImportedLandscape();
  const source = imported.shown;
  const [view, setView] = useSearchState(parseTimelineView, writeUrlView);
  const navigate = useNavigate();
  const shipped = useQuery({
    ...landscapeQueries.whole(),
    enabled: source.kind === 'shipped',
  });
  const catalog = useQuery(catalogQueries.catalog());
  const events = useMemo(() => datedEvents(catalog.data), [catalog.data]);
  // Another foundation's file: the CNCF's conferences mark nothing on it.
  const foreign =
    source.kind === 'imported' && Boolean(source.landscape.foreign);
  const explorer = (landscape: Landscape, width: number) => (
    <TimelineExplorer
      landscape={landscape}
      events={foreign ? NO_EVENTS : events}
      view={view}
      onViewChange={setView}
      width={width}
      linkForMove={(m: Move) =>
        landscapeLink(m.date, { id: m.itemId, category: m.category })
      }
      onOpenDay={(date) => void navigate(landscapeLink(date))}
      sourceLabel={
        source.kind === 'imported'
          ? `${source.fileName}, ${formatDate(landscape.asOf)}`
          : `${landscape.name}, ${formatDate(landscape.asOf)} (CNCF Explorer)`
      }
    />
  );
  return (
    <>
      <title>{pageTitle(TIMELINE_TITLE)}</title>
      <p className="text-sm">
        <Link
          to={paths.landscape}
          className="text-accent-700 dark:text-accent-300 underline"
        >
          Landscape
        </Link>{' '}
        › Timeline
      </p>
      <h1 className="mt-1 text-3xl font-bold">
        {foreign ? 'Its projects over time' : TIMELINE_TITLE}
      </h1>
      <p className="mt-2 mb-6 max-w-3xl text-slate-700 dark:text-slate-300">
        {source.kind === 'imported' ? `From ${source.fileName}: ` : ''}
        How many {foreign ? 'of its projects' : 'CNCF projects'} stood at each
        maturity level on every day since the first was accepted, every move
        they made, and how long the moves took.
      </p>
      <LandscapeSourceBar
        control={imported.control}
        shownName={source.kind === 'imported' ? source.fileName : null}
      />
      <MeasuredColumn>
        {(width) =>
          source.kind === 'imported' ? (
            explorer(source.landscape, width)
          ) : (
            <QueryView
              query={shipped}
              loadingLabel="Loading the landscape…"
              skeleton={<Skeleton className="h-[28rem]" />}
            >
              {(landscape) => explorer(landscape, width)}
            </QueryView>
          )
        }
      </MeasuredColumn>
      <OpenLandscapeFile
        className="mt-12"
        control={imported.control}
        view={imported.view}
        category={imported.category}
        onCategoryChange={imported.setCategory}
      />
    </>
  );
}
