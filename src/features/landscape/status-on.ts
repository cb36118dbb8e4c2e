import type { LandscapeItem, StatusDates } from './schemas';
import type { DisplayStatus } from '@/lib/schemas/cncf-status';

type Dated = Pick<LandscapeItem, 'status' | 'dates'>;

function hasAnyDate(dates: StatusDates): boolean {
  return Object.values(dates).some((d) => d !== null);
}

/**
 * An item's CNCF status on `date` (ISO `YYYY-MM-DD`), worked out from the
 * dates it reached each level. Before it was accepted it is not a CNCF
 * project (`none`). An item with a status but no dates at all has no known
 * history, so its current status is the best answer for any date.
 */
export function statusOn(item: Dated, date: string): DisplayStatus {
  const { accepted, incubating, graduated, archived } = item.dates;
  if (!hasAnyDate(item.dates)) return item.status ?? 'none';
  const reached = (d: string | null) => d !== null && d <= date;
  if (reached(archived)) return 'archived';
  if (reached(graduated)) return 'graduated';
  if (reached(incubating)) return 'incubating';
  if (reached(accepted)) return 'sandbox';
  return 'none';
}

/** One step of an item's status history. */
export type StatusStep = { status: DisplayStatus; date: string };

const STEP_ORDER = ['accepted', 'incubating', 'graduated', 'archived'] as const;

/**
 * The dated steps of an item, oldest first; same-day steps collapse to the
 * later level (a project accepted straight into incubation).
 */
export function statusHistory(item: Dated): StatusStep[] {
  const steps: StatusStep[] = [];
  for (const key of STEP_ORDER) {
    const date = item.dates[key];
    if (date === null) continue;
    const status = key === 'accepted' ? 'sandbox' : key;
    const last = steps.at(-1);
    if (last && last.date === date) last.status = status;
    else steps.push({ status, date });
  }
  return steps.sort((a, b) => a.date.localeCompare(b.date));
}
