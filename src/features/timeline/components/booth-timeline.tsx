import { useMemo } from 'react';

import { chartPalette } from '@/components/status/status-style';
import { useDocumentTheme } from '@/hooks/use-theme';

import { computeTimelineLayout } from '../layout/compute-timeline-layout';
import { computeStatusSeries, countsOn } from '../model/status-series';
import { TimelineMarks } from './timeline-marks';
import { describeCounts } from './timeline-text';

import type { TimelineEvent } from '../layout/compute-timeline-layout';
import type { Landscape } from '@/features/landscape/schemas';

/** The booth chart's drawing size; the SVG scales to the slide. */
const BOOTH_WIDTH = 1600; // px (viewBox units)
const BOOTH_HEIGHT = 760; // px
const BOOTH_FONT = 30; // px at that width: legible across a booth

export type BoothTimelineViewProps = {
  landscape: Landscape;
  events: readonly TimelineEvent[];
  /** Draw up to this day (the event); `null`: up to the data's date. */
  until: string | null;
};

/**
 * The booth's timeline slide body: the timeline of `landscape` at booth
 * type sizes, drawn up to `until`, with its counts then (or why not).
 */
export function BoothTimelineView({
  landscape,
  events,
  until,
}: BoothTimelineViewProps) {
  const palette = chartPalette(useDocumentTheme());
  const series = useMemo(() => computeStatusSeries(landscape), [landscape]);
  if (!series) {
    return <p>This landscape carries no dates for its CNCF projects.</p>;
  }
  const day = until ?? series.end;
  const layout = computeTimelineLayout(series, events, {
    width: BOOTH_WIDTH,
    height: BOOTH_HEIGHT,
    fontSize: BOOTH_FONT,
    until: day,
  });
  const text = describeCounts(day, countsOn(series, day));
  return (
    <figure className="flex h-full min-h-0 flex-col gap-[2vh]">
      <figcaption className="tabular-nums">{text}</figcaption>
      <svg
        viewBox={`0 0 ${BOOTH_WIDTH} ${BOOTH_HEIGHT}`}
        className="min-h-0 w-full flex-1"
        role="img"
        aria-label={`CNCF projects at each maturity level up to ${text}`}
      >
        <TimelineMarks
          layout={layout}
          palette={palette}
          prefix="booth-timeline"
        />
      </svg>
    </figure>
  );
}
