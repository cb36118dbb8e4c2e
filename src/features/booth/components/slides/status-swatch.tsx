import { cn } from '@/utils/cn';

import type { StatusOnDay } from '../../model/landscape-views';

const SWATCH: Record<StatusOnDay, string> = {
  graduated: 'bg-status-graduated',
  incubating: 'bg-status-incubating',
  sandbox: 'bg-status-sandbox',
  archived: 'bg-status-archived',
  none: 'bg-status-none',
  unknown: 'border-2 border-dashed border-current',
};

/** A colour chip; always shown next to the status's name. */
export function StatusSwatch({ status }: { status: StatusOnDay }) {
  return (
    <span
      aria-hidden="true"
      className={cn(
        'inline-block size-[0.8em] shrink-0 rounded-sm align-[-0.05em]',
        SWATCH[status],
      )}
    />
  );
}
