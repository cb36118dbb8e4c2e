import { useEffect, useMemo, useState } from 'react';

import { useChartBox } from '@/hooks/use-element-width';
import { useReducedMotion } from '@/hooks/use-reduced-motion';
import { todayIso } from '@/hooks/use-render-context';
import { useDocumentTheme } from '@/hooks/use-theme';
import { cn } from '@/utils/cn';
import { formatDate, formatNumber } from '@/utils/format';

import { DEFAULT_VIEW, selectView } from '../view-state';
import { LandscapePoster } from './landscape-poster';
import { StatusKey } from './status-key';

import type { Landscape } from '../schemas';
import type { ViewSelection } from '../view-state';

/** How long a tour stop shows the whole landscape before zooming in, ms. */
const TOUR_OVERVIEW_MS = 1200;
/** How long the time travel shows the event day before today, ms. */
const THEN_HOLD_MS = 4000;
/**
 * Chart label scale per px of booth body type: 36 px type (1080p) gives
 * 2.4, so tile labels run 24–48 px, readable from three metres.
 */
const LABEL_SCALE_PER_PX = 1 / 15;

/** Becomes true `delayMs` after mounting (at once when `skip`). */
function useLater(delayMs: number, skip: boolean): boolean {
  const [done, setDone] = useState(skip);
  useEffect(() => {
    if (done) return;
    const timer = setTimeout(() => setDone(true), delayMs);
    return () => clearTimeout(timer);
  }, [done, delayMs]);
  return done;
}

function ChartArea(props: {
  landscape: Landscape;
  selection: ViewSelection;
  title: string;
  highlight: ReadonlySet<string> | null;
  emphasis: 'ring' | 'dim';
  tileLabels?: boolean;
}) {
  const [ref, box] = useChartBox<HTMLDivElement>();
  const theme = useDocumentTheme();
  const reducedMotion = useReducedMotion();
  return (
    // The poster fills the box; absolute, so it never sizes the box itself.
    // Phones scroll the slide, so the chart gets a square-ish box there.
    <div
      ref={ref}
      className="relative min-h-[max(18rem,110vw)] flex-1 lg:min-h-[18rem]"
    >
      {box.width > 0 && box.height > 0 && (
        <div className="absolute inset-0">
          <LandscapePoster
            {...props}
            width={box.width}
            height={box.height}
            theme={theme}
            animate={!reducedMotion}
            labelScale={box.fontPx * LABEL_SCALE_PER_PX}
          />
        </div>
      )}
    </div>
  );
}

export type TourChartProps = { landscape: Landscape; subcategory: string };

/**
 * One tour stop: the whole landscape with the stop's items picked out,
 * then the chart zooms into them (a cut under reduced motion). Statuses
 * as of today.
 */
export function TourChart({ landscape, subcategory }: TourChartProps) {
  const [today] = useState(todayIso);
  const reducedMotion = useReducedMotion();
  const zoomed = useLater(TOUR_OVERVIEW_MS, reducedMotion);
  const stop = useMemo(
    () => selectView(landscape, { ...DEFAULT_VIEW, zoom: subcategory }, today),
    [landscape, subcategory, today],
  );
  const overview = useMemo(
    () => selectView(landscape, DEFAULT_VIEW, today),
    [landscape, today],
  );
  const stopIds = useMemo(() => new Set(stop.visible.map((i) => i.id)), [stop]);
  return (
    <div className="flex h-full flex-col gap-[2vh]">
      <div className="flex flex-wrap items-baseline gap-x-[1.5em] gap-y-[1vh]">
        <p className="font-semibold">
          {`${formatNumber(stop.visible.length)} of ${formatNumber(landscape.items.length)} items · ${formatDate(today)}`}
        </p>
        <StatusKey
          label={`CNCF status in ${subcategory}`}
          counts={stop.counts}
        />
      </div>
      <ChartArea
        landscape={landscape}
        selection={zoomed ? stop : overview}
        title={`${landscape.name}, ${zoomed ? subcategory : `${subcategory} picked out`}, on ${formatDate(today)}`}
        highlight={zoomed ? null : stopIds}
        emphasis="dim"
      />
    </div>
  );
}

export type ThenNowChartProps = {
  landscape: Landscape;
  /** ISO dates: the event and the data's date. */
  from: string;
  to: string;
};

/**
 * The whole landscape on the event day, then (after a few seconds, once)
 * as of the data's date; the projects whose status changed are ringed.
 */
export function ThenNowChart({ landscape, from, to }: ThenNowChartProps) {
  const showNow = useLater(THEN_HOLD_MS, false);
  const then = useMemo(
    () => selectView(landscape, { ...DEFAULT_VIEW, date: from }, from),
    [landscape, from],
  );
  const now = useMemo(
    () => selectView(landscape, { ...DEFAULT_VIEW, date: to }, to),
    [landscape, to],
  );
  const changed = useMemo(
    () =>
      new Set(
        landscape.items
          .filter((i) => then.statusById.get(i.id) !== now.statusById.get(i.id))
          .map((i) => i.id),
      ),
    [landscape, then, now],
  );
  const date = showNow ? to : from;
  return (
    <div className="flex h-full flex-col gap-[2vh]">
      {/* Both captions share one grid cell, so the chart keeps its size
          (and every tile its place) when the date changes. */}
      <p className="grid">
        {[
          { at: from, text: 'first day of the event', shown: !showNow },
          { at: to, text: 'latest data', shown: showNow },
        ].map(({ at, text, shown }) => (
          <span
            key={text}
            className={cn('col-start-1 row-start-1', !shown && 'invisible')}
          >
            <span className="font-bold">{formatDate(at)}</span>, {text}
          </span>
        ))}
      </p>
      <StatusKey label="CNCF status" />
      <ChartArea
        landscape={landscape}
        selection={showNow ? now : then}
        title={`${landscape.name} on ${formatDate(date)}`}
        highlight={changed.size > 0 ? changed : null}
        emphasis="ring"
        // Whole-landscape tiles are too small for labels read from afar;
        // the changed projects carry name tags instead.
        tileLabels={false}
      />
    </div>
  );
}
