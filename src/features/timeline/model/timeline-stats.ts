import { emptyCounts } from './status-series';
import { cncfProjects, MOVE_KINDS, yearOf } from './timeline-moves';

import type { StatusCounts } from './status-series';
import type { Move, MoveKind } from './timeline-moves';
import type { Landscape, LandscapeItem } from '@/features/landscape/schemas';

/** Moves of each kind in one calendar year. */
export type YearMoves = { year: number } & Record<MoveKind, number>;

/** One row per year from the first move's year to the last, gaps as zeros. */
export function movesPerYear(moves: readonly Move[]): YearMoves[] {
  const first = moves[0];
  const last = moves.at(-1);
  if (!first || !last) return [];
  const rows: YearMoves[] = [];
  for (let year = yearOf(first.date); year <= yearOf(last.date); year++) {
    rows.push({ year, accepted: 0, incubating: 0, graduated: 0, archived: 0 });
  }
  const start = yearOf(first.date);
  for (const move of moves) rows[yearOf(move.date) - start]![move.kind] += 1;
  return rows;
}

/** Median, fewest and most days of a set of durations; `count` 0: none. */
export type DurationSummary = {
  count: number;
  medianDays: number | null;
  minDays: number | null;
  maxDays: number | null;
};

const DAY_MS = 86_400_000;

/** Whole days from one ISO date to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? sorted[mid]!
    : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function summarizeDurations(days: readonly number[]): DurationSummary {
  return {
    count: days.length,
    medianDays: median(days),
    minDays: days.length ? Math.min(...days) : null,
    maxDays: days.length ? Math.max(...days) : null,
  };
}

/** Time to each promotion, for the projects accepted in one year. */
export type PromotionTimes = {
  acceptedYear: number;
  /** Projects accepted that year. */
  accepted: number;
  toIncubating: DurationSummary;
  toGraduated: DurationSummary;
};

/**
 * A step counts only when both its dates are known and it took time: a
 * project accepted straight into incubation spent no time in the sandbox,
 * and a date out of order is left out rather than counted as negative.
 */
function stepDays(from: string | null, to: string | null): number | null {
  if (from === null || to === null) return null;
  const days = daysBetween(from, to);
  return days > 0 ? days : null;
}

/** Median and range of time to incubation and to graduation, by acceptance year. */
export function promotionTimes(landscape: Landscape): PromotionTimes[] {
  const byYear = new Map<number, LandscapeItem[]>();
  for (const item of cncfProjects(landscape).dated) {
    if (item.dates.accepted === null) continue;
    const year = yearOf(item.dates.accepted);
    byYear.set(year, [...(byYear.get(year) ?? []), item]);
  }
  return [...byYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([acceptedYear, items]) => {
      const collect = (pick: (i: LandscapeItem) => number | null) =>
        items.map(pick).filter((d): d is number => d !== null);
      return {
        acceptedYear,
        accepted: items.length,
        toIncubating: summarizeDurations(
          collect((i) => stepDays(i.dates.accepted, i.dates.incubating)),
        ),
        toGraduated: summarizeDurations(
          collect((i) => stepDays(i.dates.incubating, i.dates.graduated)),
        ),
      };
    });
}

/** CNCF projects of one category by their status on the data's date. */
export type CategoryStatus = { category: string; total: number } & StatusCounts;

/** Per category, most projects first; categories without any are left out. */
export function projectsPerCategory(landscape: Landscape): CategoryStatus[] {
  const rows = new Map<string, CategoryStatus>();
  const { dated, undated } = cncfProjects(landscape);
  for (const item of [...dated, ...undated]) {
    if (item.status === null) continue;
    const row = rows.get(item.category) ?? {
      category: item.category,
      total: 0,
      ...emptyCounts(),
    };
    row[item.status] += 1;
    row.total += 1;
    rows.set(item.category, row);
  }
  return [...rows.values()].sort(
    (a, b) => b.total - a.total || a.category.localeCompare(b.category, 'en'),
  );
}

/**
 * Moves of each kind in all: the dates the landscape's dated CNCF projects
 * carry, counted without building the moves (the chart's summary needs
 * only these totals, before the list is built).
 */
export function movesByKind(landscape: Landscape): Record<MoveKind, number> {
  const totals = { accepted: 0, incubating: 0, graduated: 0, archived: 0 };
  for (const item of cncfProjects(landscape).dated) {
    for (const kind of MOVE_KINDS) {
      if (item.dates[kind] !== null) totals[kind] += 1;
    }
  }
  return totals;
}
