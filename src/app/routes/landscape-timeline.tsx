import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useRef } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';

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
import { catalogQueries } from '@/lib/event-catalog';
import { formatDate } from '@/utils/format';

import type { Landscape } from '@/features/landscape/schemas';
import type { TimelineEvent } from '@/features/timeline/layout/compute-timeline-layout';
import type { Move } from '@/features/timeline/model/timeline-moves';
import type { TimelineView } from '@/features/timeline/model/timeline-view';
import type { EventCatalog } from '@/lib/event-catalog';
import type { QueryClient } from '@tanstack/react-query';

export const loader = (queryClient: QueryClient) => () => {
  void queryClient.prefetchQuery(landscapeQueries.whole());
  void queryClient.prefetchQuery(catalogQueries.catalog());
  return null;
};

/** px: the chart's width in the prerendered page, read without JavaScript. */
const NOSCRIPT_WIDTH = 960;

/** Catalog events with dates; an event without them cannot be placed. */
function datedEvents(catalog: EventCatalog | undefined): TimelineEvent[] {
  return (catalog?.events ?? []).flatMap((e) =>
    e.startDate
      ? [
          {
            id: e.id,
            label: e.shortName,
            start: e.startDate,
            end: e.endDate ?? e.startDate,
          },
        ]
      : [],
  );
}

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
 * The view kept in the URL. Filters change one key each; a change made
 * before the URL caught up with the previous one (select a year, then tick
 * a box at once) must not undo it, so each change is applied to the last
 * view written rather than to the one last rendered.
 */
function useUrlView() {
  const [params, setParams] = useSearchParams();
  const view = useMemo(() => parseTimelineView(params), [params]);
  const written = useRef<{ view: TimelineView; url: string } | null>(null);
  const setView = useCallback(
    (next: TimelineView) => {
      const pending = written.current;
      // Until the URL holds the last view written, build on that one.
      const caughtUp =
        pending === null || pending.url === writeTimelineView(view).toString();
      const base = caughtUp ? view : pending.view;
      const merged = { ...base };
      for (const key of Object.keys(next) as (keyof TimelineView)[]) {
        if (next[key] !== view[key])
          Object.assign(merged, { [key]: next[key] });
      }
      const out = writeTimelineView(merged);
      // A loaded landscape (`?source=`) stays loaded while filtering.
      const source = params.get(SOURCE_PARAM);
      if (source !== null) out.set(SOURCE_PARAM, source);
      written.current = {
        view: merged,
        url: writeTimelineView(merged).toString(),
      };
      setParams(out, { replace: true, preventScrollReset: true });
    },
    [setParams, view, params],
  );
  return [view, setView] as const;
}

export function Component() {
  const imported = useImportedLandscape();
  const source = imported.shown;
  const [view, setView] = useUrlView();
  const navigate = useNavigate();
  const shipped = useQuery({
    ...landscapeQueries.whole(),
    enabled: source.kind === 'shipped',
  });
  const catalog = useQuery(catalogQueries.catalog());
  const events = useMemo(() => datedEvents(catalog.data), [catalog.data]);
  const [columnRef, width] = useElementWidth<HTMLDivElement>();
  const explorer = (landscape: Landscape, chartWidth = width) => (
    <TimelineExplorer
      landscape={landscape}
      events={events}
      view={view}
      onViewChange={setView}
      width={chartWidth}
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
      <h1 className="mt-1 text-3xl font-bold">{TIMELINE_TITLE}</h1>
      <p className="mt-2 mb-6 max-w-3xl text-slate-700 dark:text-slate-300">
        {source.kind === 'imported' ? `From ${source.fileName}: ` : ''}
        How many CNCF projects stood at each maturity level on every day since
        the first was accepted, every move they made, and how long the moves
        took.
      </p>
      <LandscapeSourceBar
        control={imported.control}
        shownName={source.kind === 'imported' ? source.fileName : null}
      />
      <div ref={columnRef}>
        {width === 0 ? (
          // Prerendered (and hydrating): no width yet. Without JavaScript
          // the timeline shows at a nominal width; with it, once measured.
          <noscript>
            {shipped.data && explorer(shipped.data, NOSCRIPT_WIDTH)}
          </noscript>
        ) : source.kind === 'imported' ? (
          explorer(source.landscape)
        ) : (
          <QueryView
            query={shipped}
            loadingLabel="Loading the landscape…"
            skeleton={<Skeleton className="h-[28rem]" />}
          >
            {(landscape) => explorer(landscape)}
          </QueryView>
        )}
      </div>
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
