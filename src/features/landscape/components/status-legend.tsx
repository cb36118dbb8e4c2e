import { cn } from '@/utils/cn';
import { FOCUS_RING } from '@/components/ui/focus-ring';

import { STATUS_LABELS } from '../schemas';
import { STATUS_ORDER } from '../status-style';
import { StatusSwatch } from './status-patterns';

import type { DisplayStatus } from '../schemas';

export type StatusLegendProps = {
  counts: Record<DisplayStatus, number>;
  /** Statuses shown; empty means all. */
  selected: readonly DisplayStatus[];
  onChange: (next: DisplayStatus[]) => void;
};

/**
 * The legend is also the status filter: each entry toggles its status.
 * Counts are for the chosen date, before the status filter.
 */
export function StatusLegend({
  counts,
  selected,
  onChange,
}: StatusLegendProps) {
  const isShown = (s: DisplayStatus) =>
    selected.length === 0 || selected.includes(s);
  const toggle = (s: DisplayStatus) => {
    const shown = STATUS_ORDER.filter(isShown);
    const next = shown.includes(s)
      ? shown.filter((x) => x !== s)
      : [...shown, s];
    // Everything shown (or nothing left) is the unfiltered view.
    onChange(
      next.length === STATUS_ORDER.length || next.length === 0
        ? []
        : STATUS_ORDER.filter((x) => next.includes(x)),
    );
  };
  return (
    <fieldset>
      <legend className="mb-1 text-sm font-semibold">
        CNCF status (legend and filter)
      </legend>
      <ul className="flex flex-wrap gap-2">
        {STATUS_ORDER.map((status) => (
          <li key={status}>
            <button
              type="button"
              aria-pressed={isShown(status)}
              onClick={() => toggle(status)}
              className={cn(
                'flex items-center gap-2 rounded-full border px-3 py-1 text-sm',
                isShown(status)
                  ? 'border-slate-400 bg-white dark:border-slate-500 dark:bg-slate-900'
                  : 'border-dashed border-slate-400 bg-slate-100 text-slate-600 line-through dark:border-slate-600 dark:bg-slate-800 dark:text-slate-300',
                FOCUS_RING,
              )}
            >
              <StatusSwatch status={status} />
              {STATUS_LABELS[status]}
              <span className="tabular text-slate-600 dark:text-slate-300">
                {counts[status]}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
