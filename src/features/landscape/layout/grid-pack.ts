/** Preferred tile shape, width : height (names are wider than tall). */
export const TILE_ASPECT = 2.6;
/** Tiles never get flatter or squarer than this, width : height. */
const MAX_TILE_ASPECT = 4;
const MIN_TILE_ASPECT = 1.4;
/** Gap between tiles as a share of the cell's smaller side. */
const TILE_GAP_RATIO = 0.1;

export type GridPack = {
  cols: number;
  rows: number;
  /** Cell size in px; a tile fills its cell minus the gap. */
  cellWidth: number;
  cellHeight: number;
};

/**
 * The grid of `count` equal cells that best fills a `width` × `height` box
 * (px) with cells shaped like TILE_ASPECT: tries every column count and
 * keeps the one whose aspect-fitted tile is largest. O(count).
 */
export function packGrid(
  count: number,
  width: number,
  height: number,
): GridPack {
  if (count <= 0 || width <= 0 || height <= 0) {
    return { cols: 0, rows: 0, cellWidth: 0, cellHeight: 0 };
  }
  let best: GridPack = {
    cols: 1,
    rows: count,
    cellWidth: width,
    cellHeight: height / count,
  };
  let bestArea = -1;
  for (let cols = 1; cols <= count; cols += 1) {
    const rows = Math.ceil(count / cols);
    const cellWidth = width / cols;
    const cellHeight = height / rows;
    const fittedWidth = Math.min(cellWidth, cellHeight * TILE_ASPECT);
    const fittedHeight = Math.min(cellHeight, cellWidth / TILE_ASPECT);
    const area = fittedWidth * fittedHeight;
    if (area > bestArea) {
      bestArea = area;
      best = { cols, rows, cellWidth, cellHeight };
    }
  }
  return best;
}

/** Tile size in a cell: the cell minus the gap, kept within the aspect limits. */
export function tileSize(pack: GridPack): { width: number; height: number } {
  const gap = Math.min(pack.cellWidth, pack.cellHeight) * TILE_GAP_RATIO;
  let width = Math.max(0, pack.cellWidth - gap);
  let height = Math.max(0, pack.cellHeight - gap);
  if (height > 0 && width / height > MAX_TILE_ASPECT)
    width = height * MAX_TILE_ASPECT;
  if (height > 0 && width / height < MIN_TILE_ASPECT)
    height = width / MIN_TILE_ASPECT;
  return { width, height };
}
