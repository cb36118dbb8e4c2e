import { toCsv } from '@/lib/csv';

import type { Move } from './timeline-moves';
import type {
  CategoryStatus,
  DurationSummary,
  PromotionTimes,
  YearMoves,
} from './timeline-stats';

/** The listed moves, one per row, with a link to the landscape on that day. */
export function movesCsv(
  moves: readonly Move[],
  landscapeUrl: (move: Move) => string,
): string {
  return toCsv(
    ['date', 'project', 'move', 'category', 'entered_at_incubating', 'url'],
    moves.map((m) => [
      m.date,
      m.name,
      m.kind,
      m.category,
      m.enteredAtIncubating ? 'yes' : 'no',
      landscapeUrl(m),
    ]),
  );
}

function durationCells(s: DurationSummary) {
  return [s.count, s.medianDays, s.minDays, s.maxDays];
}

export function movesPerYearCsv(rows: readonly YearMoves[]): string {
  return toCsv(
    ['year', 'accepted', 'incubating', 'graduated', 'archived'],
    rows.map((r) => [
      r.year,
      r.accepted,
      r.incubating,
      r.graduated,
      r.archived,
    ]),
  );
}

/** Durations in whole days; empty cells where no project took that step. */
export function promotionTimesCsv(rows: readonly PromotionTimes[]): string {
  return toCsv(
    [
      'accepted_year',
      'projects_accepted',
      'to_incubating_count',
      'to_incubating_median_days',
      'to_incubating_min_days',
      'to_incubating_max_days',
      'to_graduated_count',
      'to_graduated_median_days',
      'to_graduated_min_days',
      'to_graduated_max_days',
    ],
    rows.map((r) => [
      r.acceptedYear,
      r.accepted,
      ...durationCells(r.toIncubating),
      ...durationCells(r.toGraduated),
    ]),
  );
}

export function projectsPerCategoryCsv(
  rows: readonly CategoryStatus[],
): string {
  return toCsv(
    ['category', 'graduated', 'incubating', 'sandbox', 'archived', 'total'],
    rows.map((r) => [
      r.category,
      r.graduated,
      r.incubating,
      r.sandbox,
      r.archived,
      r.total,
    ]),
  );
}
