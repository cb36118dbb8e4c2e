import { useLayoutEffect, useMemo } from 'react';

import { Button } from '@/components/ui/button';
import { mark } from '@/config/instrument';
import { useDocumentTheme } from '@/hooks/use-theme';
import { download } from '@/lib/export-image';
import { formatNumber } from '@/utils/format';

import { countsOn } from '../model/status-series';
import { movesCsv } from '../model/timeline-csv';
import { filterMoves } from '../model/timeline-view';
import { TIMELINE_MARKS } from '../timeline-perf-marks';
import { exportTimeline } from './export-timeline';
import { MovesFilters } from './moves-filters';
import { MovesList } from './moves-list';
import { TimelineChart } from './timeline-chart';
import { TimelineStatsSection } from './timeline-stats-section';
import {
  SeriesTable,
  TimelineReadout,
  TimelineSummary,
} from './timeline-summary';
import { TIMELINE_TITLE } from './timeline-text';
import { useTimelineModel } from './use-timeline-model';

import type { TimelineEvent } from '../layout/compute-timeline-layout';
import type { Move } from '../model/timeline-moves';
import type { TimelineView } from '../model/timeline-view';
import type { Landscape } from '@/features/landscape/schemas';

export type TimelineExplorerProps = {
  landscape: Landscape;
  events: readonly TimelineEvent[];
  view: TimelineView;
  onViewChange: (next: TimelineView) => void;
  width: number;
  /** The landscape on a move's day with its project open. */
  linkForMove: (move: Move) => string;
  /** Opens the landscape on a day (a click on the chart). */
  onOpenDay: (date: string) => void;
  /** Names the data in exports: `CNCF landscape (cncf/landscape), 7 August 2026`. */
  sourceLabel: string;
};

function Heading({ id, children }: { id: string; children: React.ReactNode }) {
  return (
    <h2 id={id} className="mb-3 text-2xl font-bold">
      {children}
    </h2>
  );
}

/** Marks the frame that shows this commit once it is painted. */
function markPainted(name: string) {
  // A task queued from rAF runs after that frame is painted.
  const raf = requestAnimationFrame(() => setTimeout(() => mark(name)));
  return () => cancelAnimationFrame(raf);
}

/** The chart, the moves and the stats of one landscape. */
export function TimelineExplorer(props: TimelineExplorerProps) {
  const { landscape, events, view, onViewChange, width } = props;
  const theme = useDocumentTheme();
  // The chart and its summary first; the moves, the stats and the chart's
  // table (about 8,000 elements for the shipped data) follow in a
  // background render, with the part of the model only they need.
  const data = useTimelineModel(landscape);
  const { list } = data;
  useLayoutEffect(() => markPainted(TIMELINE_MARKS.painted), [landscape]);
  useLayoutEffect(() => {
    if (list) return markPainted(TIMELINE_MARKS.allPainted);
  }, [landscape, list]);
  const hits = useMemo(
    () => (list ? filterMoves(list.moves, view) : []),
    [list, view],
  );
  const { series, projects } = data;
  // Another foundation's file: its projects and moves are not the CNCF's.
  const projectsWord = landscape.foreign ? 'projects' : 'CNCF projects';
  if (!series) {
    return (
      <p
        role="status"
        className="rounded-md border border-amber-300 bg-amber-50 p-4 dark:border-amber-700 dark:bg-amber-950"
      >
        {projects.undated.length === 0
          ? `This landscape has no ${projectsWord}, so there is no timeline to draw.`
          : `This landscape file carries no dates for its ${formatNumber(projects.undated.length)} ${projectsWord} (no accepted, incubating, graduated or archived dates), so there is no timeline to draw.`}
      </p>
    );
  }
  const at =
    view.at && view.at >= series.start && view.at <= series.end
      ? view.at
      : series.end;
  const fileStem = 'cncf-timeline';
  const exporter = exportTimeline({
    series,
    events,
    title: TIMELINE_TITLE,
    source: `Source: ${props.sourceLabel}`,
    theme,
  });
  return (
    <div className="space-y-12">
      <section aria-labelledby="timeline-chart" className="space-y-3">
        <h2 id="timeline-chart" className="sr-only">
          The chart
        </h2>
        <TimelineSummary
          series={series}
          byKind={data.byKind}
          events={events}
          owner={landscape.foreign ? 'its foundation' : 'the CNCF'}
        />
        {projects.undated.length > 0 && (
          <p className="text-sm text-slate-700 dark:text-slate-300">
            {formatNumber(projects.undated.length)} {projectsWord} carry no
            dates and are not in the chart.
          </p>
        )}
        <TimelineReadout date={at} counts={countsOn(series, at)} />
        <TimelineChart
          series={series}
          events={events}
          width={width}
          at={at}
          onAtChange={(next) => onViewChange({ ...view, at: next })}
          onOpen={props.onOpenDay}
        />
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Point at the chart or focus it and use the arrow keys (each day a
          count changed), Page Up and Page Down (a year), Home and End; click or
          press Enter to open the landscape on that day.
        </p>
        <div className="flex flex-wrap gap-2">
          <Button
            variant="secondary"
            size="sm"
            onClick={() => props.onOpenDay(at)}
          >
            Open the landscape on this day
          </Button>
          <Button
            variant="secondary"
            size="sm"
            onClick={() =>
              download(
                new Blob([exporter.svg()], { type: 'image/svg+xml' }),
                `${fileStem}.svg`,
              )
            }
          >
            Download SVG
          </Button>
          <Button
            variant="secondary"
            size="sm"
            onClick={() =>
              void exporter
                .png()
                .then((png) => download(png, `${fileStem}.png`))
            }
          >
            Download PNG
          </Button>
        </div>
        {list && <SeriesTable series={series} />}
      </section>
      {list && (
        <>
          <section aria-labelledby="timeline-moves" className="space-y-4">
            <Heading id="timeline-moves">Every move, year by year</Heading>
            <MovesFilters
              view={view}
              categories={list.categories}
              years={list.years}
              onChange={onViewChange}
            />
            <div className="flex flex-wrap items-center justify-between gap-2">
              <p role="status" className="text-sm tabular-nums">
                Showing {formatNumber(hits.length)} of{' '}
                {formatNumber(list.moves.length)} moves
              </p>
              <Button
                variant="secondary"
                size="sm"
                onClick={() =>
                  download(
                    new Blob(
                      [
                        movesCsv(
                          hits.map((h) => h.move),
                          (m) =>
                            new URL(props.linkForMove(m), window.location.href)
                              .href,
                        ),
                      ],
                      { type: 'text/csv;charset=utf-8' },
                    ),
                    `${fileStem}-moves.csv`,
                  )
                }
              >
                Download these moves (CSV)
              </Button>
            </div>
            {hits.length === 0 ? (
              <p>No move matches these filters.</p>
            ) : (
              <MovesList hits={hits} linkFor={props.linkForMove} />
            )}
          </section>
          <section aria-labelledby="timeline-stats">
            <Heading id="timeline-stats">Stats</Heading>
            <TimelineStatsSection
              stats={list.stats}
              width={width}
              fileStem={fileStem}
            />
          </section>
        </>
      )}
    </div>
  );
}
