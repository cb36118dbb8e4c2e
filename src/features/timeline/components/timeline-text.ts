import { formatDate, formatNumber } from '@/utils/format';

import { countsTotal } from '../model/status-series';

import type { StatusCounts } from '../model/status-series';
import type { DurationSummary } from '../model/timeline-stats';

export const TIMELINE_TITLE = 'Ten years of CNCF projects';

/** Size of the exported image in CSS px (PNG at twice that). */
export const EXPORT_WIDTH = 1200;
export const EXPORT_HEIGHT = 640;

/** Chart height in px by width: taller than wide on a phone. */
export function timelineHeight(width: number): number {
  return width < 640 ? 300 : 420;
}

export const DAYS_PER_YEAR = 365.25;

/** Days as years with one decimal: 527 → `1.4`. */
function yearsOf(days: number): string {
  return (days / DAYS_PER_YEAR).toFixed(1);
}

/** `1.4 years (0.3–3.5)`, or a dash with the reason when none took the step. */
export function formatDuration(s: DurationSummary): string {
  if (s.medianDays === null || s.minDays === null || s.maxDays === null) {
    return 'none took this step';
  }
  const range =
    s.count > 1 ? ` (${yearsOf(s.minDays)}–${yearsOf(s.maxDays)})` : '';
  return `${yearsOf(s.medianDays)} years${range}`;
}

/** `12 November 2024: 29 graduated, 36 incubating, 132 sandbox, 13 archived (210 in all)`. */
export function describeCounts(date: string, counts: StatusCounts): string {
  return `${formatDate(date)}: ${formatNumber(counts.graduated)} graduated, ${formatNumber(counts.incubating)} incubating, ${formatNumber(counts.sandbox)} sandbox, ${formatNumber(counts.archived)} archived (${formatNumber(countsTotal(counts))} in all)`;
}
