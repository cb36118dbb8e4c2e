import { statusOn } from '@/features/landscape/status-on';
import { CNCF_STATUSES } from '@/lib/schemas/cncf-status';

import { cncfProjects } from './timeline-moves';

import type { Landscape, LandscapeItem } from '@/features/landscape/schemas';
import type { CncfStatus, DisplayStatus } from '@/lib/schemas/cncf-status';

/** How many CNCF projects stood at each level on a day. */
export type StatusCounts = Record<CncfStatus, number>;

/** The counts from `date` until the next point (a step function). */
export type SeriesPoint = { date: string; counts: StatusCounts };

/**
 * The number of CNCF projects at each level on every day from the first
 * dated move (`start`) to the data's date (`end`). Counts only change on
 * days with a move, so only those days are stored: the counts of any day
 * are those of the last point on or before it (see `countsOn`).
 */
export type StatusSeries = {
  start: string;
  end: string;
  points: SeriesPoint[];
};

export function emptyCounts(): StatusCounts {
  return { graduated: 0, incubating: 0, sandbox: 0, archived: 0 };
}

export function countsTotal(counts: StatusCounts): number {
  return (
    counts.graduated + counts.incubating + counts.sandbox + counts.archived
  );
}

/**
 * The changes of each day: an item's status is a step function that can
 * only change on its own dates, so one `statusOn` per date it carries
 * gives every change (O(items), where counting all items on every day
 * was O(items × days): 20 ms for the shipped landscape).
 */
function changesByDay(items: readonly LandscapeItem[]) {
  const changes = new Map<string, StatusCounts>();
  for (const item of items) {
    const dates = [...new Set(Object.values(item.dates))]
      .filter((d): d is string => d !== null)
      .sort();
    let before: DisplayStatus = 'none';
    for (const date of dates) {
      const status = statusOn(item, date);
      if (status === before) continue;
      const delta = changes.get(date) ?? emptyCounts();
      if (before !== 'none') delta[before] -= 1;
      if (status !== 'none') delta[status] += 1;
      changes.set(date, delta);
      before = status;
    }
  }
  return changes;
}

/**
 * The status series of a landscape's dated CNCF projects, or `null` when
 * none carries a date. `asOf` ends the series unless a move is later.
 */
export function computeStatusSeries(landscape: Landscape): StatusSeries | null {
  const { dated } = cncfProjects(landscape);
  const days = new Set<string>();
  for (const item of dated) {
    for (const date of Object.values(item.dates)) if (date) days.add(date);
  }
  const sorted = [...days].sort();
  const start = sorted[0];
  const last = sorted.at(-1);
  if (start === undefined || last === undefined) return null;
  const changes = changesByDay(dated);
  let counts = emptyCounts();
  const points = sorted.map((date) => {
    const delta = changes.get(date) ?? emptyCounts();
    counts = { ...counts };
    for (const s of CNCF_STATUSES) counts[s] += delta[s];
    return { date, counts };
  });
  return {
    start,
    end: landscape.asOf > last ? landscape.asOf : last,
    points,
  };
}

/** Index of the point in force on `date`; -1 before the first. */
export function pointIndexOn(series: StatusSeries, date: string): number {
  let low = 0;
  let high = series.points.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (series.points[mid]!.date <= date) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}

/** The counts on any day (all zero before the first move). */
export function countsOn(series: StatusSeries, date: string): StatusCounts {
  const point = series.points[pointIndexOn(series, date)];
  return point ? { ...point.counts } : emptyCounts();
}
