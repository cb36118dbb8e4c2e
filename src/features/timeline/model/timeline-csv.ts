import { toCsv } from '@/lib/csv';

import { MOVE_KINDS } from './timeline-moves';

import type { Move } from './timeline-moves';
import type {
  CategoryStatus,
  DurationSummary,
  PromotionTimes,
  YearMoves,
} from './timeline-stats';
import type { CsvValue } from '@/lib/csv';

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

/** Columns of the per-year and per-category stats: CSV names, capitalised in the tables. */
export const YEAR_MOVES_COLUMNS = ['year', ...MOVE_KINDS] as const;
export const CATEGORY_COLUMNS = [
  'category',
  'graduated',
  'incubating',
  'sandbox',
  'archived',
  'total',
] as const;

/** Each row's values for these keys, with the keys as the header. */
function columnsCsv<K extends string>(
  rows: readonly Record<K, CsvValue>[],
  keys: readonly K[],
): string {
  return toCsv(
    keys,
    rows.map((r) => keys.map((k) => r[k])),
  );
}

export const movesPerYearCsv = (rows: readonly YearMoves[]) =>
  columnsCsv(rows, YEAR_MOVES_COLUMNS);

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

export const projectsPerCategoryCsv = (rows: readonly CategoryStatus[]) =>
  columnsCsv(rows, CATEGORY_COLUMNS);
