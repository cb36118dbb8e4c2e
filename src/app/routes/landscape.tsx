import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';

import { Button } from '@/components/ui/button';
import { Skeleton } from '@/components/ui/skeleton';
import { QueryView } from '@/components/ui/query-view';
import { pageTitle, paths } from '@/config/paths';
import { useElementWidth } from '@/hooks/use-element-width';
import { OpenLandscapeFile } from '@/features/landscape/components/open-landscape-file';
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

/**
 * Where the landscape shown comes from: the shipped file (default) or a
 * landscape the reader opened (the importer sets `imported`).
 */
export type LandscapeSource =
  | { kind: 'shipped' }
  | { kind: 'imported'; landscape: Landscape; fileName: string };

const SHIPPED: LandscapeSource = { kind: 'shipped' };

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
      setParams(writeView(next), {
        replace: !options?.push,
        preventScrollReset: true,
      }),
    [setParams],
  );
  return [view, setView] as const;
}

export function Component() {
  const [source, setSource] = useState<LandscapeSource>(SHIPPED);
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
      <p className="-mt-4 mb-6">
        <Link
          to={paths.timeline}
          className="text-accent-700 dark:text-accent-300 font-medium underline underline-offset-2"
        >
          Ten years of CNCF projects: every maturity move on a timeline
        </Link>
      </p>
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
        onLoaded={(landscape, report) =>
          setSource({ kind: 'imported', landscape, fileName: report.fileName })
        }
      />
      {source.kind === 'imported' && (
        <p className="mt-4">
          <Button variant="secondary" onClick={() => setSource(SHIPPED)}>
            Back to the shipped observability data
          </Button>
        </p>
      )}
    </>
  );
}
