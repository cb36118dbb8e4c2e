import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link } from 'react-router';

import { QueryView } from '@/components/ui/query-view';
import { SkeletonStack } from '@/components/ui/skeleton';
import { pageTitle, paths, withLandscapeSource } from '@/config/paths';
import {
  ALL_CATEGORIES,
  DEFAULT_CATEGORY,
  findIndexCategory,
  landscapeQueries,
} from '@/features/landscape/api/landscape-queries';
import { CategoryPicker } from '@/features/landscape/components/category-picker';
import { LandscapeAttribution } from '@/features/landscape/components/landscape-attribution';
import { LandscapeExplorer } from '@/features/landscape/components/landscape-explorer';
import { LandscapeSourceBar } from '@/features/landscape/components/landscape-source-bar';
import { OpenLandscapeFile } from '@/features/landscape/components/open-landscape-file';
import { useImportedLandscape } from '@/features/landscape/import/use-imported-landscape';
import { SOURCE_PARAM } from '@/features/landscape/import/use-landscape-source';
import { prepareChartDrawing } from '@/features/landscape/render/canvas-patterns';
import {
  CATEGORY_PARAM,
  parseView,
  writeView,
} from '@/features/landscape/view-state';
import { useElementWidth } from '@/hooks/use-element-width';
import { useToday } from '@/hooks/use-render-context';
import { keepParams, useSearchState } from '@/hooks/use-search-state';
import { catalogQueries } from '@/lib/event-catalog';

import type { Landscape, LandscapeIndex } from '@/features/landscape/schemas';
import type { LandscapeView } from '@/features/landscape/view-state';
import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';

export const loader =
  (queryClient: QueryClient) =>
  ({ request }: LoaderFunctionArgs) => {
    const param = new URL(request.url).searchParams.get(CATEGORY_PARAM);
    void queryClient.prefetchQuery(landscapeQueries.forParam(param));
    return null;
  };

/** The view lives in the URL; a loaded landscape's `?source=` stays. */
const writeUrlView = (view: LandscapeView, current: URLSearchParams) =>
  keepParams(writeView(view), current, [SOURCE_PARAM]);

/** What `?category=` names: the whole landscape, a category, or nothing known. */
function resolveCategory(
  index: LandscapeIndex | undefined,
  param: string | null,
) {
  const wanted = param?.trim() || DEFAULT_CATEGORY;
  if (wanted.toLowerCase() === ALL_CATEGORIES) return { all: true as const };
  const entry = index ? findIndexCategory(index, wanted) : undefined;
  return { all: false as const, wanted, entry };
}

/** The featured event's first day, from the catalog, as a date preset. */
function useEventPreset() {
  const { data } = useQuery(catalogQueries.featured());
  const event = data?.event;
  return event?.startDate
    ? { label: event.shortName, date: event.startDate }
    : null;
}

export function Component() {
  const imported = useImportedLandscape();
  const source = imported.shown;
  const [view, setView] = useSearchState(parseView, writeUrlView);
  const today = useToday();
  const datePreset = useEventPreset();
  // While the data loads, so a large landscape's first frame is quicker.
  useEffect(prepareChartDrawing, []);
  const index = useQuery(landscapeQueries.index());
  const choice = resolveCategory(index.data, view.category);
  const unknown = !choice.all && index.data !== undefined && !choice.entry;
  const shipped = useQuery({
    ...landscapeQueries.forParam(view.category),
    enabled: source.kind === 'shipped' && !unknown,
  });
  // Measured while the data loads: the chart can then be laid out in the
  // explorer's first render instead of after measuring itself.
  const [columnRef, columnWidth] = useElementWidth<HTMLDivElement>();
  const heading =
    source.kind === 'imported'
      ? source.landscape.name
      : choice.all
        ? 'The CNCF landscape'
        : (choice.entry?.name ??
          (index.data ? 'No such category' : choice.wanted));
  // The category travels in the URL; the explorer filters within the data.
  const setShippedView = (next: LandscapeView, o?: { push?: boolean }) =>
    setView({ ...next, category: view.category }, o);
  const picker = index.data && (
    <CategoryPicker
      label="Category"
      categories={index.data.categories}
      allItems={index.data.items}
      value={choice.all ? null : (choice.entry?.name ?? null)}
      onChange={(name) =>
        setView(
          {
            ...view,
            category: name ?? ALL_CATEGORIES,
            zoom: null,
            subcategories: [],
            item: null,
          },
          { push: true },
        )
      }
    />
  );
  const explorer = (landscape: Landscape) =>
    source.kind === 'imported' ? (
      <LandscapeExplorer
        landscape={landscape}
        view={view}
        onViewChange={setView}
        today={today}
        columnWidth={columnWidth}
        // The CNCF's conference is no date of another foundation's.
        datePreset={landscape.foreign ? undefined : datePreset}
      />
    ) : (
      <LandscapeExplorer
        landscape={landscape}
        view={{ ...view, category: null }}
        onViewChange={setShippedView}
        today={today}
        columnWidth={columnWidth}
        categoryControl={picker}
        datePreset={datePreset}
      />
    );
  return (
    <>
      <title>{pageTitle(`${heading}: landscape`)}</title>
      <h1 className="text-3xl font-bold">{heading}</h1>
      <p className="mt-2 mb-6 max-w-3xl text-slate-700 dark:text-slate-300">
        {source.kind === 'imported'
          ? `From ${source.fileName}.`
          : 'The CNCF landscape, one category at a time or all of it: every project and product with its CNCF status and the dates of each step. Pick a date to see how it stood then.'}
      </p>
      <p className="-mt-4 mb-6">
        <Link
          to={withLandscapeSource(
            paths.timeline,
            imported.control.source ?? null,
          )}
          className="text-accent-700 dark:text-accent-300 font-medium underline underline-offset-2"
        >
          {source.kind === 'imported'
            ? `${source.fileName} on a timeline: every maturity move it dates`
            : 'Ten years of CNCF projects: every maturity move on a timeline'}
        </Link>
      </p>
      <LandscapeSourceBar
        control={imported.control}
        shownName={source.kind === 'imported' ? source.fileName : null}
      />
      <div ref={columnRef}>
        {source.kind === 'imported' ? (
          explorer(source.landscape)
        ) : unknown ? (
          <div className="space-y-4">
            <p
              role="alert"
              className="rounded-lg border border-dashed border-slate-400 p-4"
            >
              The landscape has no category “{choice.wanted}”. Choose one of its{' '}
              {index.data?.categories.length} categories:
            </p>
            <div className="w-fit max-w-full">{picker}</div>
          </div>
        ) : (
          <QueryView
            query={shipped}
            loadingLabel="Loading the landscape…"
            skeleton={<SkeletonStack blocks={['h-24', 'h-[28rem]']} />}
          >
            {explorer}
          </QueryView>
        )}
      </div>
      {source.kind === 'shipped' && index.data && (
        <LandscapeAttribution
          origin={index.data.origin}
          className="mt-6 max-w-3xl text-sm text-slate-700 dark:text-slate-300"
        />
      )}
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
