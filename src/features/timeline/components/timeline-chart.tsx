import { useMemo } from 'react';

import { chartPalette } from '@/components/status/status-style';

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

const LIGHT = chartPalette('light');
const DARK = chartPalette('dark');
/** Both themes' colours as CSS variables; the svg's classes pick one. */
const THEME_COLOURS = {
  '--tl-grid-light': LIGHT.groupStroke,
  '--tl-grid-dark': DARK.groupStroke,
  '--tl-muted-light': LIGHT.muted,
  '--tl-muted-dark': DARK.muted,
  '--tl-mark-light': LIGHT.highlight,
  '--tl-mark-dark': DARK.highlight,
} as React.CSSProperties;
/** The marks' palette on the page: the variables above, text in currentColor. */
const THEMED_PALETTE = {
  ...LIGHT,
  text: 'currentColor',
  groupStroke: 'var(--tl-grid)',
  muted: 'var(--tl-muted)',
  highlight: 'var(--tl-mark)',
};

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
  // Colours from CSS (THEMED_PALETTE), right from the prerendered page's
  // first paint in either theme: no render waits for the theme.
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
    // Without JavaScript the chart keeps its drawn size and scrolls
    // sideways in a narrow column, instead of shrinking to unreadable type.
    <div className="@container [@media(scripting:none)]:overflow-x-auto">
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
        style={THEME_COLOURS}
        className="focus-visible:outline-accent-600 block h-[300px] max-w-full cursor-crosshair touch-pan-y rounded-md text-slate-900 [--tl-grid:var(--tl-grid-light)] [--tl-mark:var(--tl-mark-light)] [--tl-muted:var(--tl-muted-light)] focus-visible:outline-3 focus-visible:outline-offset-2 @min-[640px]:h-[420px] dark:text-slate-100 dark:[--tl-grid:var(--tl-grid-dark)] dark:[--tl-mark:var(--tl-mark-dark)] dark:[--tl-muted:var(--tl-muted-dark)] [@media(scripting:none)]:h-[420px] [@media(scripting:none)]:max-w-none"
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
        <TimelineMarks
          layout={layout}
          palette={THEMED_PALETTE}
          prefix="timeline"
        />
        <line
          x1={x}
          x2={x}
          y1={layout.plot.top}
          y2={layout.plot.bottom}
          stroke="currentColor"
          strokeWidth={2}
          strokeDasharray="4 3"
        />
      </svg>
    </div>
  );
}
