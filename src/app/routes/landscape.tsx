import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';

import { Skeleton } from '@/components/ui/skeleton';
import { QueryView } from '@/components/ui/query-view';
import { pageTitle } from '@/config/paths';
import { useElementWidth } from '@/hooks/use-element-width';
import { LandscapeSourceBar } from '@/features/landscape/components/landscape-source-bar';
import { OpenLandscapeFile } from '@/features/landscape/components/open-landscape-file';
import { useImportedLandscape } from '@/features/landscape/import/use-imported-landscape';
import { SOURCE_PARAM } from '@/features/landscape/import/use-landscape-source';
import { landscapeQueries } from '@/features/landscape/api/landscape-queries';
import { prepareChartDrawing } from '@/features/landscape/components/draw-chart';
import { LandscapeExplorer } from '@/features/landscape/components/landscape-explorer';
import { parseView, writeView } from '@/features/landscape/view-state';
import { todayIso } from '@/utils/format';

import type { Landscape } from '@/features/landscape/schemas';
import type { LandscapeView } from '@/features/landscape/view-state';
import type { QueryClient } from '@tanstack/react-query';

export const loader = (queryClient: QueryClient) => () => {
  void queryClient.prefetchQuery(landscapeQueries.shipped());
  return null;
};

function ChartSkeleton() {
  return (
    <div className="space-y-4">
      <Skeleton className="h-24" />
      <Skeleton className="h-[28rem]" />
    </div>
  );
}

function useUrlView() {
  const [params, setParams] = useSearchParams();
  const view = useMemo(() => parseView(params), [params]);
  const setView = useCallback(
    (next: LandscapeView, options?: { push?: boolean }) =>
      setParams(
        (prev) => {
          // The landscape's source is not part of the view: keep it.
          const params = writeView(next);
          const source = prev.get(SOURCE_PARAM);
          if (source !== null) params.set(SOURCE_PARAM, source);
          return params;
        },
        { replace: !options?.push, preventScrollReset: true },
      ),
    [setParams],
  );
  return [view, setView] as const;
}

export function Component() {
  const imported = useImportedLandscape();
  const source = imported.view
    ? {
        kind: 'imported' as const,
        landscape: imported.view.landscape,
        fileName: imported.view.report.fileName,
      }
    : { kind: 'shipped' as const };
  const [view, setView] = useUrlView();
  const [today] = useState(() => todayIso());
  // While the data loads, so a large landscape's first frame is quicker.
  useEffect(prepareChartDrawing, []);
  const shipped = useQuery({
    ...landscapeQueries.shipped(),
    enabled: source.kind === 'shipped',
  });
  // Measured while the data loads: the chart can then be laid out in the
  // explorer's first render instead of after measuring itself.
  const [columnRef, columnWidth] = useElementWidth<HTMLDivElement>();
  const explorer = (landscape: Landscape) => (
    <LandscapeExplorer
      landscape={landscape}
      view={view}
      onViewChange={setView}
      today={today}
      columnWidth={columnWidth}
    />
  );
  return (
    <>
      <title>{pageTitle('Observability landscape')}</title>
      <h1 className="text-3xl font-bold">
        {source.kind === 'imported'
          ? source.landscape.name
          : 'Observability landscape'}
      </h1>
      <p className="mt-2 mb-6 max-w-3xl text-slate-700 dark:text-slate-300">
        {source.kind === 'imported'
          ? `From ${source.fileName}.`
          : 'The CNCF landscape’s Observability and Analysis category: every CNCF project in it, with a selection of other well-known projects and products. Pick a date to see how it stood then, for example at KubeCon NA 2024.'}
      </p>
      <LandscapeSourceBar
        control={imported.control}
        shownName={source.kind === 'imported' ? source.fileName : null}
      />
      <div ref={columnRef}>
        {source.kind === 'imported' ? (
          explorer(source.landscape)
        ) : (
          <QueryView
            query={shipped}
            loadingLabel="Loading the landscape…"
            skeleton={<ChartSkeleton />}
          >
            {explorer}
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
