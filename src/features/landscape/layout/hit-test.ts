import { headingBand } from './heading-fit';

import type { GroupNode, TileNode } from './compute-landscape-layout';
import type { Region, ViewTransform } from './navigate';

/** A point on the chart surface (CSS px) in layout px under `t`. */
export function toLayoutPoint(
  t: ViewTransform,
  px: number,
  py: number,
): { x: number; y: number } {
  return { x: (px - t.x) / t.k, y: (py - t.y) / t.k };
}

/** The part of the layout a `width` × `height` view shows under `t`. */
export function visibleRegion(
  t: ViewTransform,
  width: number,
  height: number,
): Region {
  const x0 = (0 - t.x) / t.k;
  const y0 = (0 - t.y) / t.k;
  return { x0, y0, x1: x0 + width / t.k, y1: y0 + height / t.k };
}

/** Whether a box (layout px) touches a region. */
export function intersects(
  box: { x: number; y: number; width: number; height: number },
  r: Region,
): boolean {
  return (
    box.x <= r.x1 &&
    box.y <= r.y1 &&
    box.x + box.width >= r.x0 &&
    box.y + box.height >= r.y0
  );
}

const contains = (
  box: { x: number; y: number; width: number; height: number },
  x: number,
  y: number,
) =>
  x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height;

/**
 * The tile under a layout point, or `null`. A linear scan: 2,413 tiles take
 * well under a millisecond, less than keeping an index in step with
 * filters and tweens would cost.
 */
export function tileAt(
  tiles: readonly TileNode[],
  x: number,
  y: number,
): TileNode | null {
  for (let i = tiles.length - 1; i >= 0; i -= 1) {
    const tile = tiles[i];
    if (tile && contains(tile, x, y)) return tile;
  }
  return null;
}

/** The subcategory box under a layout point, or `null`. */
export function subcategoryAt(
  groups: readonly GroupNode[],
  x: number,
  y: number,
): GroupNode | null {
  return (
    groups.find((g) => g.level === 'subcategory' && contains(g, x, y)) ?? null
  );
}

/**
 * The group under a layout point: its subcategory box, else (on a
 * category's heading band or the gaps between its subcategories) its
 * category box, else `null`.
 */
export function groupAt(
  groups: readonly GroupNode[],
  x: number,
  y: number,
): GroupNode | null {
  return (
    subcategoryAt(groups, x, y) ??
    groups.find((g) => g.level === 'category' && contains(g, x, y)) ??
    null
  );
}

/**
 * Whether layout point `y` is on a group's heading band at zoom level
 * `lod` (the band's text, drawn at a fixed screen size, takes a shrinking
 * part of it as one zooms in; the band never grows past the layout's).
 */
export function onHeadingBand(g: GroupNode, y: number, lod: number): boolean {
  const band = Math.min(
    headingBand(g.level, g.headingLines),
    headingBand(g.level, g.headingLines) / lod + 4,
  );
  return y >= g.y && y <= g.y + band;
}
