import { scaleLinear, scaleUtc } from 'd3-scale';

import { countsTotal } from '../model/status-series';

import type { StatusSeries } from '../model/status-series';
import type { DatedEvent } from '@/lib/event-catalog';
import type { CncfStatus } from '@/lib/schemas/cncf-status';

/** Bottom to top: the settled levels under the newer ones. */
export const STACK_ORDER: readonly CncfStatus[] = [
  'graduated',
  'incubating',
  'sandbox',
  'archived',
];

/** An event drawn on the chart, from the catalog. */
/** An event drawn as a band (the catalog's dated events). */
export type TimelineEvent = DatedEvent;

export type TimelineLayoutOptions = {
  width: number;
  height: number;
  /** Axis label size in px; margins grow with it (booth type sizes). */
  fontSize?: number;
  /** Draw the areas only up to this day (the booth's reveal); default: the end. */
  until?: string;
};

export type TimelineLayout = {
  width: number;
  height: number;
  fontSize: number;
  /** The plotting area inside the axes, in px. */
  plot: { left: number; top: number; right: number; bottom: number };
  /** One closed step-area path per level, bottom first. */
  areas: { status: CncfStatus; path: string }[];
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; label: string }[];
  /**
   * Event bands; labels sit above the plot in `lane` rows (0 nearest the
   * plot) so neighbouring labels never overlap, anchored at `labelX`.
   */
  events: (TimelineEvent & {
    x: number;
    x2: number;
    lane: number;
    labelX: number;
    anchor: 'start' | 'end';
  })[];
  /** Day numbers (days since 1970-01-01) of the x domain. */
  startDay: number;
  endDay: number;
  /** x of each series point (the days a count changed), in series order. */
  pointX: number[];
};

const DAY_MS = 86_400_000;

/** `2024-11-12` → days since 1970-01-01 (UTC). */
export function dayNumber(iso: string): number {
  return Math.round(Date.parse(iso) / DAY_MS);
}

/** Days since 1970-01-01 → `YYYY-MM-DD`. */
function isoFromDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The x of a day, clamped to the plot. */
export function xForDate(layout: TimelineLayout, iso: string): number {
  const { left, right } = layout.plot;
  const span = Math.max(1, layout.endDay - layout.startDay);
  const t = (dayNumber(iso) - layout.startDay) / span;
  return left + Math.min(1, Math.max(0, t)) * (right - left);
}

/** The day under an x (px), clamped to the series' range. */
export function dateAtX(layout: TimelineLayout, x: number): string {
  const { left, right } = layout.plot;
  const t = Math.min(1, Math.max(0, (x - left) / Math.max(1, right - left)));
  return isoFromDay(
    Math.round(layout.startDay + t * (layout.endDay - layout.startDay)),
  );
}

/**
 * A step area between two step functions sampled at `xs` (each value holds
 * until the next x), closed at `xEnd`. Values are already in px.
 */
function stepAreaPath(
  xs: readonly number[],
  upper: readonly number[],
  lower: readonly number[],
  xEnd: number,
): string {
  const n = xs.length;
  if (n === 0) return '';
  const f = (v: number) => Math.round(v * 100) / 100;
  let d = `M${f(xs[0]!)},${f(upper[0]!)}`;
  for (let i = 1; i < n; i++) d += `H${f(xs[i]!)}V${f(upper[i]!)}`;
  d += `H${f(xEnd)}V${f(lower[n - 1]!)}`;
  for (let i = n - 1; i > 0; i--) d += `H${f(xs[i]!)}V${f(lower[i - 1]!)}`;
  return `${d}H${f(xs[0]!)}Z`;
}

function margins(fontSize: number, lanes: number) {
  return {
    left: Math.round(fontSize * 3.2),
    right: Math.round(fontSize * 1.2),
    top: Math.round(fontSize * (1 + 1.4 * Math.max(1, lanes))),
    bottom: Math.round(fontSize * 2.2),
  };
}

/** Rough label width: system fonts average about 0.6 em per character. */
const CHAR_EM = 0.6;

/**
 * Places event labels in rows. Each label touches its own marker: it starts
 * there, or ends there when starting would run past `right` or across the
 * next marker (a label crossing another event's line reads as that event's).
 * Each takes the first row where it clears the previous label by `gap` px.
 * `xs` are in date order.
 */
export function placeEventLabels(
  xs: readonly { x: number; label: string }[],
  fontSize: number,
  right: number,
) {
  const laneEnds: number[] = [];
  const gap = fontSize * 0.6;
  return xs.map(({ x, label }, i) => {
    const w = label.length * fontSize * CHAR_EM;
    const limit = Math.min(right, (xs[i + 1]?.x ?? Infinity) - gap);
    const anchor: 'start' | 'end' =
      x + w > limit && x - w >= 0 ? 'end' : 'start';
    const from = anchor === 'start' ? x : x - w;
    let lane = laneEnds.findIndex((end) => end + gap <= from);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = from + w;
    return { lane, labelX: x, anchor };
  });
}

/**
 * Stacked step areas of the CNCF projects at each level over time, with year
 * ticks, count ticks and event markers. Pure: plain numbers and path strings.
 */
export function computeTimelineLayout(
  series: StatusSeries,
  events: readonly TimelineEvent[],
  options: TimelineLayoutOptions,
): TimelineLayout {
  const { width, height, fontSize = 12 } = options;
  const startDay = dayNumber(series.start);
  const endDay = Math.max(startDay + 1, dayNumber(series.end));
  const left = Math.round(fontSize * 3.2);
  const right = Math.max(left + 1, width - Math.round(fontSize * 1.2));
  const xScale = scaleUtc()
    .domain([new Date(startDay * DAY_MS), new Date(endDay * DAY_MS)])
    .range([left, right]);
  const getX = (iso: string) => xScale(new Date(dayNumber(iso) * DAY_MS));
  const shownEvents = events
    .filter((e) => e.end >= series.start && e.start <= series.end)
    .toSorted((a, b) => a.start.localeCompare(b.start));
  const labels = placeEventLabels(
    shownEvents.map((e) => ({ x: getX(e.start), label: e.label })),
    fontSize,
    right,
  );
  const m = margins(fontSize, Math.max(0, ...labels.map((l) => l.lane + 1)));
  const plot = {
    left,
    top: m.top,
    right,
    bottom: Math.max(m.top + 1, height - m.bottom),
  };
  const maxTotal = Math.max(
    1,
    ...series.points.map((p) => countsTotal(p.counts)),
  );
  const yScale = scaleLinear()
    .domain([0, maxTotal])
    .nice()
    .range([plot.bottom, plot.top]);
  const until = options.until ?? series.end;
  const shown = series.points.filter((p) => p.date <= until);
  const xs = shown.map((p) => getX(p.date));
  const xEnd = getX(until < series.end ? until : series.end);
  const areas: TimelineLayout['areas'] = [];
  let lower = shown.map(() => 0);
  for (const status of STACK_ORDER) {
    const upper = shown.map((p, i) => lower[i]! + p.counts[status]);
    areas.push({
      status,
      path: stepAreaPath(xs, upper.map(yScale), lower.map(yScale), xEnd),
    });
    lower = upper;
  }
  const tickCount = Math.max(
    2,
    Math.floor((plot.right - plot.left) / (fontSize * 6)),
  );
  return {
    width,
    height,
    fontSize,
    plot,
    areas,
    // Year starts only: a short range would otherwise repeat a year's label.
    xTicks: xScale
      .ticks(tickCount)
      .filter((d) => d.getUTCMonth() === 0 && d.getUTCDate() === 1)
      .map((d) => ({
        x: xScale(d),
        label: String(d.getUTCFullYear()),
      })),
    yTicks: yScale
      .ticks(Math.max(2, Math.floor((plot.bottom - plot.top) / (fontSize * 4))))
      // Counts of projects: a landscape with two has no tick at 0.5.
      .filter(Number.isInteger)
      .map((v) => ({
        y: yScale(v),
        label: String(v),
      })),
    events: shownEvents.map((e, i) => ({
      ...e,
      x: getX(e.start),
      x2: getX(e.end),
      ...labels[i]!,
    })),
    startDay,
    endDay,
    pointX: series.points.map((p) => getX(p.date)),
  };
}
