import { useMemo } from 'react';

import { chartPalette } from '@/components/status/status-style';
import { useDocumentTheme } from '@/hooks/use-theme';

import {
  computeTimelineLayout,
  dateAtX,
  dayNumber,
  xForDate,
} from '../layout/compute-timeline-layout';
import { countsOn, pointIndexOn } from '../model/status-series';
import { TimelineMarks } from './timeline-marks';
import { describeCounts, timelineHeight } from './timeline-text';

import type { TimelineEvent } from '../layout/compute-timeline-layout';
import type { StatusSeries } from '../model/status-series';

export type TimelineChartProps = {
  series: StatusSeries;
  events: readonly TimelineEvent[];
  width: number;
  /** The day read out (ISO). */
  at: string;
  onAtChange: (date: string) => void;
  /** A click or Enter on a day. */
  onOpen: (date: string) => void;
};

const YEAR_DAYS = 365;

/** The day a key moves the readout to, or null for keys it ignores. */
function dayForKey(key: string, series: StatusSeries, at: string) {
  const i = pointIndexOn(series, at);
  const points = series.points;
  const shift = (days: number) =>
    new Date((dayNumber(at) + days) * 86_400_000).toISOString().slice(0, 10);
  const clamp = (d: string) =>
    d < series.start ? series.start : d > series.end ? series.end : d;
  switch (key) {
    case 'ArrowLeft':
    case 'ArrowDown':
      return points[points[i]?.date === at ? i - 1 : i]?.date ?? series.start;
    case 'ArrowRight':
    case 'ArrowUp':
      return points[i + 1]?.date ?? series.end;
    case 'PageDown':
      return clamp(shift(-YEAR_DAYS));
    case 'PageUp':
      return clamp(shift(YEAR_DAYS));
    case 'Home':
      return series.start;
    case 'End':
      return series.end;
    default:
      return null;
  }
}

/**
 * The stacked step chart. It is one slider: the pointer or the arrow keys
 * (each day a count changed, PageUp/PageDown a year, Home/End) choose the
 * day read out; a click or Enter opens the landscape on that day.
 */
export function TimelineChart({
  series,
  events,
  width,
  at,
  onAtChange,
  onOpen,
}: TimelineChartProps) {
  const theme = useDocumentTheme();
  // Text in the page's colour (CSS), right from the prerendered page's
  // first paint in either theme; the other colours follow the theme once
  // the app runs.
  const palette = { ...chartPalette(theme), text: 'currentColor' };
  const height = timelineHeight(width);
  const layout = useMemo(
    () => computeTimelineLayout(series, events, { width, height }),
    [series, events, width, height],
  );
  const x = xForDate(layout, at);
  const dateFromPointer = (e: React.MouseEvent<SVGSVGElement>) =>
    dateAtX(layout, e.clientX - e.currentTarget.getBoundingClientRect().left);
  // Until the column is measured (the prerendered page, hydration) the
  // chart is drawn at a nominal width: CSS fits it into the column at the
  // height the measured chart takes (`timelineHeight`: 300 px under 640 px
  // wide, else 420 px), so nothing below moves when it is redrawn.
  return (
    <div className="@container">
      <svg
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="slider"
        tabIndex={0}
        aria-label="Day on the timeline"
        aria-valuemin={layout.startDay}
        aria-valuemax={layout.endDay}
        aria-valuenow={dayNumber(at)}
        aria-valuetext={describeCounts(at, countsOn(series, at))}
        className="focus-visible:outline-accent-600 block h-[300px] max-w-full cursor-crosshair touch-pan-y rounded-md text-slate-900 focus-visible:outline-3 focus-visible:outline-offset-2 @min-[640px]:h-[420px] dark:text-slate-100"
        onPointerMove={(e) => onAtChange(dateFromPointer(e))}
        onClick={(e) => onOpen(dateFromPointer(e))}
        onKeyDown={(e) => {
          if (e.key === 'Enter') return onOpen(at);
          const next = dayForKey(e.key, series, at);
          if (next === null) return;
          e.preventDefault();
          onAtChange(next);
        }}
      >
        <TimelineMarks layout={layout} palette={palette} prefix="timeline" />
        <line
          x1={x}
          x2={x}
          y1={layout.plot.top}
          y2={layout.plot.bottom}
          stroke={palette.text}
          strokeWidth={2}
          strokeDasharray="4 3"
        />
      </svg>
    </div>
  );
}
