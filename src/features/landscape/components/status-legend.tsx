import { StatusSwatch } from '@/components/status/status-patterns';
import { STATUS_ORDER } from '@/components/status/status-style';
import { FOCUS_RING } from '@/components/ui/focus-ring';
import { STATUS_LABELS } from '@/lib/schemas/cncf-status';
import { cn } from '@/utils/cn';

import { noStatusLabel } from '../maturity';
import { nextStatuses } from '../view-state';

import type { MaturityCount } from '../view-state';
import type { DisplayStatus } from '@/lib/schemas/cncf-status';

export type StatusLegendProps = {
  counts: Record<DisplayStatus, number>;
  /** The file's own maturity levels (another foundation's), shown after the CNCF ones. */
  maturities?: readonly MaturityCount[];
  /** Statuses shown (status keys); empty means all. */
  selected: readonly string[];
  onChange: (next: string[]) => void;
  /** Items not in the CNCF on the viewed date that joined it later. */
  notYet?: number;
  /** The CNCF's own landscape; otherwise statuses are named without "CNCF". */
  cncf?: boolean;
};

const CHIP = 'flex items-center gap-2 rounded-full border px-3 py-1 text-sm';
const ON =
  'border-slate-700 bg-slate-800 text-white dark:border-slate-200 dark:bg-slate-100 dark:text-slate-900';
const OFF = 'border-slate-400 bg-white dark:border-slate-500 dark:bg-slate-900';

type Chip = {
  key: string;
  label: string;
  count: number;
  /** The swatch: the file's own maturities are drawn like `none`. */
  swatch: DisplayStatus;
};

/** CNCF statuses, then the file's own maturities, then "not a project". */
function chipsOf(
  counts: Record<DisplayStatus, number>,
  maturities: readonly MaturityCount[],
  isCncf: boolean,
): Chip[] {
  const cncf = (status: DisplayStatus): Chip => ({
    key: status,
    label: status === 'none' ? noStatusLabel(isCncf) : STATUS_LABELS[status],
    count: counts[status],
    swatch: status,
  });
  return [
    ...STATUS_ORDER.filter((s) => s !== 'none').map(cncf),
    ...maturities.map((m) => ({ ...m, swatch: 'none' as const })),
    cncf('none'),
  ];
}

/**
 * The legend is also the status filter: one click shows only that status,
 * Shift/Ctrl/⌘-click adds or removes one, "All" resets. Counts are for the
 * chosen date, before the status filter. A file's own maturity words
 * (another foundation's `emeritus`, …) get a chip each.
 */
export function StatusLegend({
  counts,
  maturities = [],
  selected,
  onChange,
  notYet = 0,
  cncf = true,
}: StatusLegendProps) {
  const projects =
    counts.graduated + counts.incubating + counts.sandbox + counts.archived;
  const chips = chipsOf(counts, maturities, cncf);
  const keys = chips.map((c) => c.key);
  return (
    <fieldset>
      <legend className="mb-1 text-sm font-semibold">
        {cncf ? 'CNCF status' : 'Status'}: click one to show only it,
        Shift-click to add another
      </legend>
      <ul className="flex flex-wrap gap-2">
        <li>
          <button
            type="button"
            aria-pressed={selected.length === 0}
            onClick={() => onChange([])}
            className={cn(CHIP, selected.length === 0 ? ON : OFF, FOCUS_RING)}
          >
            All
            <span className="tabular-nums">
              {chips.reduce((sum, chip) => sum + chip.count, 0)}
            </span>
          </button>
        </li>
        {chips.map(({ key, label, count, swatch }) => {
          const on = selected.includes(key);
          return (
            <li key={key}>
              <button
                type="button"
                aria-pressed={on}
                onClick={(event) =>
                  onChange(
                    nextStatuses(
                      selected,
                      key,
                      event.shiftKey || event.ctrlKey || event.metaKey,
                      keys,
                    ),
                  )
                }
                className={cn(CHIP, on ? ON : OFF, FOCUS_RING)}
              >
                <StatusSwatch status={swatch} />
                {label}
                <span className="tabular-nums">{count}</span>
                {key === 'none' && notYet > 0 && (
                  <span className="text-xs">
                    (<span className="tabular-nums">{notYet}</span> not yet{' '}
                    {cncf ? 'in the CNCF' : 'accepted'})
                  </span>
                )}
              </button>
            </li>
          );
        })}
      </ul>
      <p className="mt-1 text-xs text-slate-600 dark:text-slate-300">
        <span className="tabular-nums">{projects}</span>{' '}
        {cncf
          ? 'CNCF projects on this date.'
          : 'projects graduated, incubating, in the sandbox or archived on this date.'}
      </p>
    </fieldset>
  );
}
