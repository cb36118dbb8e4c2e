import { StatusSwatch } from '@/components/status/status-patterns';
import { STATUS_COLORS } from '@/components/status/status-style';

import type { CncfStatus } from '@/lib/schemas/cncf-status';

export type ChartKeyEntry = {
  status: CncfStatus;
  label: string;
  /** A dot or square marker instead of the status swatch. */
  marker?: 'dot' | 'square';
};

/** A chart's key: a swatch or marker and a name per entry. */
export function ChartKey({
  entries,
  label,
}: {
  entries: readonly ChartKeyEntry[];
  label: string;
}) {
  return (
    <ul
      aria-label={label}
      className="mb-2 flex flex-wrap gap-x-4 gap-y-1 text-sm"
    >
      {entries.map((e) => (
        <li key={e.label} className="flex items-center gap-1.5">
          {e.marker ? (
            <svg width="16" height="16" aria-hidden="true">
              {e.marker === 'dot' ? (
                <circle cx="8" cy="8" r="5" fill={STATUS_COLORS[e.status]} />
              ) : (
                <rect
                  x="3"
                  y="3"
                  width="10"
                  height="10"
                  fill={STATUS_COLORS[e.status]}
                />
              )}
            </svg>
          ) : (
            <StatusSwatch status={e.status} />
          )}
          {e.label}
        </li>
      ))}
    </ul>
  );
}
