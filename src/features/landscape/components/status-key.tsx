import { StatusSwatch } from '@/components/status/status-patterns';
import { STATUS_ORDER } from '@/components/status/status-style';
import { STATUS_LABELS } from '@/lib/schemas/cncf-status';
import { cn } from '@/utils/cn';

import type { DisplayStatus } from '@/lib/schemas/cncf-status';

export type StatusKeyProps = {
  /** Accessible name of the list. */
  label: string;
  /** Items per status, shown after each name; omit for the key alone. */
  counts?: Record<DisplayStatus, number>;
  className?: string;
};

/**
 * The chart's legend as plain text (no filter buttons): swatch, status and
 * count. Sizes follow the surrounding font size.
 */
export function StatusKey({ label, counts, className }: StatusKeyProps) {
  return (
    <ul
      aria-label={label}
      className={cn('flex flex-wrap gap-x-[1.2em] gap-y-[0.2em]', className)}
    >
      {STATUS_ORDER.map((status) => (
        <li key={status} className="flex items-center gap-[0.35em]">
          <StatusSwatch status={status} className="size-[0.9em] shrink-0" />
          <span>{STATUS_LABELS[status]}</span>
          {counts && (
            <>
              {' '}
              <span className="font-bold tabular-nums">{counts[status]}</span>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
