import { treemapSquarify } from 'd3-hierarchy';

import type { HierarchyRectangularNode } from 'd3-hierarchy';

/** A treemap node as d3's tiling functions see it. */
type TileParent<T> = HierarchyRectangularNode<T>;

/**
 * Heights for rows of `shares` (values) in `height` px: proportional, but
 * none below its minimum (`minHeight`, one for all rows or one per row;
 * the others give up the difference); plain proportional if the minimums
 * do not fit.
 */
export function rowHeights(
  shares: readonly number[],
  height: number,
  minHeight: number | readonly number[],
): number[] {
  const mins = shares.map((_, i) =>
    typeof minHeight === 'number' ? minHeight : (minHeight[i] ?? 0),
  );
  const total = shares.reduce((a, b) => a + b, 0);
  if (total <= 0) return shares.map(() => height / shares.length);
  if (mins.reduce((a, b) => a + b, 0) > height)
    return shares.map((s) => (height * s) / total);
  const fixed = new Set<number>();
  for (;;) {
    const freeShare = shares.reduce((n, s, i) => n + (fixed.has(i) ? 0 : s), 0);
    const freeHeight =
      height - mins.reduce((n, m, i) => n + (fixed.has(i) ? m : 0), 0);
    const short = shares.findIndex(
      (s, i) => !fixed.has(i) && (freeHeight * s) / freeShare < mins[i]!,
    );
    if (short < 0)
      return shares.map((s, i) =>
        fixed.has(i) ? mins[i]! : (freeHeight * s) / freeShare,
      );
    fixed.add(short);
  }
}

/** A box's minimum height for its width, px (a heading of one or two lines and a row of tiles). */
type MinHeight<T> = (node: TileParent<T>, width: number) => number;

/** Blocks in rows: each row's blocks, value sum and height. */
type RowPlan<T> = {
  rows: TileParent<T>[][];
  sums: number[];
  heights: number[];
};

/**
 * Blocks in rows, each block at least `minWidth` wide (px, before the
 * inner padding): a row takes blocks, largest first, while every block in
 * it keeps its minimum width at its share of the row; rows are as tall as
 * their share of `height`, but at least as tall as `minHeight` says their
 * blocks need (a heading and a row of tiles), so areas stay proportional
 * to the values except where a small block needs that. `null` when the
 * rows' minimum heights do not fit.
 */
function planRows<T>(
  kids: readonly TileParent<T>[],
  width: number,
  height: number,
  minWidth: (node: TileParent<T>) => number,
  minHeight: MinHeight<T>,
): RowPlan<T> | null {
  const total = kids.reduce((n, k) => n + (k.value ?? 0), 0);
  if (kids.length === 0 || total <= 0) return null;
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
  const sums = rows.map((r) => r.reduce((n, k) => n + (k.value ?? 0), 0));
  const mins = rows.map((r, i) =>
    Math.max(
      ...r.map((k) => minHeight(k, (width * (k.value ?? 0)) / sums[i]!)),
    ),
  );
  if (mins.reduce((a, b) => a + b, 0) > height) return null;
  return { rows, sums, heights: rowHeights(sums, height, mins) };
}

/** Places planned rows from (x0, y0), `width` px wide. */
function placeRows<T>(plan: RowPlan<T>, x0: number, y0: number, width: number) {
  let y = y0;
  plan.rows.forEach((r, i) => {
    const rowSum = plan.sums[i]!;
    const height = plan.heights[i]!;
    let x = x0;
    for (const kid of r) {
      const w = (width * (kid.value ?? 0)) / rowSum;
      Object.assign(kid, { x0: x, x1: x + w, y0: y, y1: y + height });
      x += w;
    }
    y += height;
  });
}

/** Shares of the heading's minimum width tried in turn. */
const WIDTH_SHARES = [1, 0.8, 0.65];

/** What headingAwareTile needs to know of the boxes' headings, px. */
export type HeadingRoom<T> = {
  /** A subcategory box's minimum width (its heading's, with the gap). */
  minWidth: (node: TileParent<T>) => number;
  /** A subcategory box's minimum height at a width. */
  minHeight: MinHeight<T>;
  /** The room a `width` × `height` category box leaves its subcategories. */
  inner: (
    category: TileParent<T>,
    width: number,
    height: number,
  ) => { width: number; height: number };
  /** Squarify's aspect ratio. */
  ratio: number;
};

/** Steps in which a category's minimum width is searched, px. */
const WIDTH_STEP = 10;

/**
 * d3's squarified tiling, made to leave every heading its room. The
 * subcategories of a category (depth 1) that would come out narrower than
 * their heading's minimum width, or too low for its band and a row of
 * tiles, are laid out in rows instead (planRows). At the top, if a
 * category's squarified box is too narrow for that (a column of many small
 * subcategories), the categories go in rows instead, each at least as wide
 * as its subcategories need at its area; areas stay proportional.
 */
export function headingAwareTile<T>(room: HeadingRoom<T>) {
  const { minHeight, inner } = room;
  // Asked for each box many times while rows are tried: kept per node.
  const widths = new WeakMap<TileParent<T>, number>();
  const minWidth = (node: TileParent<T>) => {
    let width = widths.get(node);
    if (width === undefined) widths.set(node, (width = room.minWidth(node)));
    return width;
  };
  const squarify = treemapSquarify.ratio(room.ratio);
  const roomy = (k: TileParent<T>) =>
    k.x1 - k.x0 >= minWidth(k) - 0.5 &&
    k.y1 - k.y0 >= minHeight(k, k.x1 - k.x0) - 0.5;
  // Whether a category's subcategories all get their room in a w × h box
  // (squarified or in rows). Tiles its children, which d3 tiles again.
  const fitsIn = (c: TileParent<T>, w: number, h: number) => {
    const kids = c.children ?? [];
    if (kids.length <= 1) return true;
    const box = inner(c, w, h);
    if (box.width <= 0 || box.height <= 0) return false;
    squarify(c, 0, 0, box.width, box.height);
    if (kids.every(roomy)) return true;
    const plan = planRows(kids, box.width, box.height, minWidth, minHeight);
    // A block alone in its row may still be too narrow.
    return (
      plan !== null &&
      plan.rows.every((r, i) =>
        r.every(
          (k) => (box.width * (k.value ?? 0)) / plan.sums[i]! >= minWidth(k),
        ),
      )
    );
  };
  // The narrowest box of the same area in which a category's
  // subcategories all get their room: searched from its widest heading
  // up, in steps of a fortieth of the chart.
  const minCategoryWidth = (c: TileParent<T>, maxWidth: number) => {
    const area = (c.x1 - c.x0) * (c.y1 - c.y0);
    const widest = Math.max(...(c.children ?? []).map(minWidth));
    const step = Math.max(WIDTH_STEP, maxWidth / 40);
    for (let w = widest; w <= maxWidth; w += step)
      if (fitsIn(c, w, area / w)) return w;
    return widest;
  };
  // A category's heading band over one row of its subcategories.
  const categoryMinHeight = (c: TileParent<T>, w: number) =>
    -inner(c, w, 0).height +
    Math.max(
      0,
      ...(c.children ?? []).map((k) => minHeight(k, Math.min(w, minWidth(k)))),
    );
  return (
    parent: TileParent<T>,
    x0: number,
    y0: number,
    x1: number,
    y1: number,
  ) => {
    squarify(parent, x0, y0, x1, y1);
    const kids = parent.children ?? [];
    if (parent.depth === 0) {
      const boxes = kids.map((c) => [c.x0, c.y0, c.x1, c.y1] as const);
      const fits = kids.map((c, i) => {
        const [cx0, cy0, cx1, cy1] = boxes[i]!;
        return fitsIn(c, cx1 - cx0, cy1 - cy0);
      });
      if (fits.every(Boolean)) return;
      const categoryWidths = new Map(
        kids.map((c) => [c, minCategoryWidth(c, x1 - x0)]),
      );
      const plan = planRows(
        kids,
        x1 - x0,
        y1 - y0,
        (c) => categoryWidths.get(c)!,
        categoryMinHeight,
      );
      if (plan) placeRows(plan, x0, y0, x1 - x0);
      return;
    }
    if (parent.depth !== 1 || kids.every(roomy)) return;
    // Where the category is too short for rows that wide, narrower rows
    // still beat slivers: down to about six characters of a name.
    for (const share of WIDTH_SHARES) {
      const narrower = (k: TileParent<T>) => minWidth(k) * share;
      const plan = planRows(kids, x1 - x0, y1 - y0, narrower, minHeight);
      if (plan) return placeRows(plan, x0, y0, x1 - x0);
    }
  };
}
