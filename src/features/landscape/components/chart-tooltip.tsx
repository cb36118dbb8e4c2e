import { StatusSwatch } from '@/components/status/status-patterns';

import type { GroupNode, TileNode } from '../layout/compute-landscape-layout';
import type { ViewTransform } from '../layout/navigate';
import type { LandscapeItem } from '../schemas';
import type { DisplayStatus } from '@/lib/schemas/cncf-status';

export type ChartTooltipProps = {
  tile: TileNode;
  item: LandscapeItem;
  status: DisplayStatus;
  /** The status in words (a CNCF status or the file's own maturity). */
  statusLabel: string;
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
  statusLabel,
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
        {statusLabel}
      </p>
      <p className="text-slate-600 dark:text-slate-300">{item.subcategory}</p>
    </div>
  );
}

export type HeadingTooltipProps = {
  group: GroupNode;
  transform: ViewTransform;
  width: number;
};

/**
 * The whole heading, `Name (count)`, of a group whose drawn heading is
 * shortened, under the pointer. Hidden from screen readers: the item list
 * names each item's subcategory in full.
 */
export function HeadingTooltip({
  group,
  transform,
  width,
}: HeadingTooltipProps) {
  const left = group.x * transform.k + transform.x;
  const top = group.y * transform.k + transform.y - 4;
  const x = Math.max(4, Math.min(left, width - TOOLTIP_WIDTH - 4));
  return (
    <div
      aria-hidden="true"
      className="pointer-events-none absolute z-10 -translate-y-full rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-semibold shadow-lg dark:border-slate-600 dark:bg-slate-900"
      style={{ left: x, top: Math.max(top, 40), maxWidth: TOOLTIP_WIDTH }}
    >
      {`${group.name} (${group.count})`}
    </div>
  );
}
