import { treemapSquarify } from 'd3-hierarchy';

import type { HierarchyRectangularNode } from 'd3-hierarchy';

/** A treemap node as d3's tiling functions see it. */
type TileParent<T> = HierarchyRectangularNode<T>;

/**
 * Heights for rows of `shares` (values) in `height` px: proportional, but
 * none below `minHeight` (the others give up the difference); plain
 * proportional if the minimums do not fit.
 */
export function rowHeights(
  shares: readonly number[],
  height: number,
  minHeight: number,
): number[] {
  const total = shares.reduce((a, b) => a + b, 0);
  if (total <= 0) return shares.map(() => height / shares.length);
  if (shares.length * minHeight > height)
    return shares.map((s) => (height * s) / total);
  const fixed = new Set<number>();
  for (;;) {
    const freeShare = shares.reduce((n, s, i) => n + (fixed.has(i) ? 0 : s), 0);
    const freeHeight = height - fixed.size * minHeight;
    const short = shares.findIndex(
      (s, i) => !fixed.has(i) && (freeHeight * s) / freeShare < minHeight,
    );
    if (short < 0)
      return shares.map((s, i) =>
        fixed.has(i) ? minHeight : (freeHeight * s) / freeShare,
      );
    fixed.add(short);
  }
}

/**
 * Subcategory blocks in rows, each block at least `minWidth` wide (px,
 * before the inner padding): a row takes blocks, largest first, while
 * every block in it keeps its minimum width at its share of the row;
 * rows are as tall as their share of the parent, but at least
 * `minHeight` px (a heading and a row of tiles), so areas stay
 * proportional to the values except where a small block needs that.
 */
function tileRows<T>(
  parent: TileParent<T>,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  minWidth: (node: TileParent<T>) => number,
  minHeight = 0,
): boolean {
  const kids = parent.children ?? [];
  const width = x1 - x0;
  const total = kids.reduce((n, k) => n + (k.value ?? 0), 0);
  if (kids.length === 0 || total <= 0) return false;
  const rows: TileParent<T>[][] = [];
  let row: TileParent<T>[] = [];
  let sum = 0;
  for (const kid of kids) {
    const next = sum + (kid.value ?? 0);
    const fits = [...row, kid].every(
      (k) => (width * (k.value ?? 0)) / next >= minWidth(k),
    );
    if (row.length > 0 && !fits) {
      rows.push(row);
      row = [];
      sum = 0;
    }
    row.push(kid);
    sum += kid.value ?? 0;
  }
  rows.push(row);
  // No room for every row's heading and tiles: keep the squarified blocks.
  if (rows.length * minHeight > y1 - y0) return false;
  const sums = rows.map((r) => r.reduce((n, k) => n + (k.value ?? 0), 0));
  const heights = rowHeights(sums, y1 - y0, minHeight);
  let y = y0;
  rows.forEach((r, i) => {
    const rowSum = sums[i]!;
    const height = heights[i]!;
    let x = x0;
    for (const kid of r) {
      const w = (width * (kid.value ?? 0)) / rowSum;
      Object.assign(kid, { x0: x, x1: x + w, y0: y, y1: y + height });
      x += w;
    }
    y += height;
  });
  return true;
}

/** Shares of the heading's minimum width tried in turn. */
const WIDTH_SHARES = [1, 0.8, 0.65];

/**
 * d3's squarified tiling, except that the subcategories of a category
 * (depth 1) that would come out narrower than their heading's minimum
 * width are laid out in rows instead (tileRows).
 */
export function headingAwareTile<T>(
  minWidth: (node: TileParent<T>) => number,
  minHeight: number,
  ratio: number,
) {
  const squarify = treemapSquarify.ratio(ratio);
  return (
    parent: TileParent<T>,
    x0: number,
    y0: number,
    x1: number,
    y1: number,
  ) => {
    squarify(parent, x0, y0, x1, y1);
    if (parent.depth !== 1) return;
    const kids = parent.children ?? [];
    if (kids.every((k) => k.x1 - k.x0 >= minWidth(k) - 0.5)) return;
    // Where the category is too short for rows that wide, narrower rows
    // still beat slivers: down to about six characters of a name.
    for (const share of WIDTH_SHARES) {
      const narrower = (k: TileParent<T>) => minWidth(k) * share;
      if (tileRows(parent, x0, y0, x1, y1, narrower, minHeight)) return;
    }
  };
}
