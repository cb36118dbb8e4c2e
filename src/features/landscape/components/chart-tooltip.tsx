import { StatusSwatch } from '@/components/status/status-patterns';
import { STATUS_LABELS } from '@/lib/schemas/cncf-status';

import type { TileNode } from '../layout/compute-landscape-layout';
import type { ViewTransform } from '../layout/navigate';
import type { LandscapeItem } from '../schemas';
import type { DisplayStatus } from '@/lib/schemas/cncf-status';

export type ChartTooltipProps = {
  tile: TileNode;
  item: LandscapeItem;
  status: DisplayStatus;
  transform: ViewTransform;
  width: number;
};

/** Tooltip width, px; it flips to the left near the right edge. */
const TOOLTIP_WIDTH = 240;

/**
 * Name, status and subcategory of the hovered or keyboard-active tile. Hidden
 * from screen readers: the active option already says the same.
 */
export function ChartTooltip({
  tile,
  item,
  status,
  transform,
  width,
}: ChartTooltipProps) {
  const left = tile.x * transform.k + transform.x;
  const top = (tile.y + tile.height) * transform.k + transform.y + 6;
  const x = Math.max(4, Math.min(left, width - TOOLTIP_WIDTH - 4));
  return (
    <div
      aria-hidden="true"
      className="pointer-events-none absolute z-10 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-lg dark:border-slate-600 dark:bg-slate-900"
      style={{ left: x, top, width: TOOLTIP_WIDTH }}
    >
      <p className="font-semibold break-words">{item.name}</p>
      <p className="mt-1 flex items-center gap-1.5">
        <StatusSwatch status={status} />
        {STATUS_LABELS[status]}
      </p>
      <p className="text-slate-600 dark:text-slate-300">{item.subcategory}</p>
    </div>
  );
}
