import type { TileNode } from './compute-landscape-layout';

export type Direction = 'left' | 'right' | 'up' | 'down';

const center = (t: TileNode) => ({
  x: t.x + t.width / 2,
  y: t.y + t.height / 2,
});

/**
 * The tile a keyboard user reaches from `from` by pressing an arrow key:
 * the nearest tile whose centre lies in that direction, favouring tiles on
 * the same row or column (off-axis distance weighs double). `null` at an
 * edge. Spatial rather than list order, so it follows what is on screen.
 */
export function nearestInDirection(
  tiles: readonly TileNode[],
  from: TileNode,
  direction: Direction,
): TileNode | null {
  const origin = center(from);
  let best: TileNode | null = null;
  let bestScore = Infinity;
  for (const tile of tiles) {
    if (tile.id === from.id) continue;
    const c = center(tile);
    const dx = c.x - origin.x;
    const dy = c.y - origin.y;
    const along =
      direction === 'left'
        ? -dx
        : direction === 'right'
          ? dx
          : direction === 'up'
            ? -dy
            : dy;
    const across =
      direction === 'left' || direction === 'right'
        ? Math.abs(dy)
        : Math.abs(dx);
    // A tile must lie ahead by at least a fraction of a tile to count.
    if (along <= Math.min(from.width, from.height) * 0.25) continue;
    const score = along + 2 * across;
    if (score < bestScore) {
      bestScore = score;
      best = tile;
    }
  }
  return best;
}

export type ViewTransform = { x: number; y: number; k: number };

/** Whether a tile lies fully inside a `width` × `height` viewport under `t`. */
export function isTileInView(
  tile: TileNode,
  t: ViewTransform,
  width: number,
  height: number,
): boolean {
  const x0 = tile.x * t.k + t.x;
  const y0 = tile.y * t.k + t.y;
  return (
    x0 >= 0 &&
    y0 >= 0 &&
    x0 + tile.width * t.k <= width &&
    y0 + tile.height * t.k <= height
  );
}

/** The transform at zoom `t.k` that centres `tile` in the viewport. */
export function centerOn(
  tile: TileNode,
  t: ViewTransform,
  width: number,
  height: number,
): ViewTransform {
  const c = center(tile);
  return { k: t.k, x: width / 2 - c.x * t.k, y: height / 2 - c.y * t.k };
}

/**
 * The transform that shows a layout box whole and centred, `margin` screen
 * px from the edges, zoomed in at least to 1 and at most to `maxZoom`.
 */
export function fitBox(
  box: { x: number; y: number; width: number; height: number },
  width: number,
  height: number,
  maxZoom: number,
  margin = 8,
): ViewTransform {
  const k = Math.max(
    1,
    Math.min(
      maxZoom,
      (width - 2 * margin) / box.width,
      (height - 2 * margin) / box.height,
    ),
  );
  return {
    k,
    x: width / 2 - (box.x + box.width / 2) * k,
    y: height / 2 - (box.y + box.height / 2) * k,
  };
}

/** A box in layout px. */
export type Region = { x0: number; y0: number; x1: number; y1: number };

/**
 * The part of the layout worth drawing labels for under `t`: the visible
 * box snapped to half-viewport steps and grown by half a viewport on each
 * side, so panning redraws labels only every half screen or so.
 */
export function labelRegion(
  t: ViewTransform,
  width: number,
  height: number,
  /** Zoom that sets the step size; the level of detail, so steps hold while zooming. */
  stepZoom = t.k,
): Region {
  const w = width / stepZoom;
  const h = height / stepZoom;
  const stepX = w / 2;
  const stepY = h / 2;
  const x0 = Math.floor(-t.x / t.k / stepX) * stepX - stepX;
  const y0 = Math.floor(-t.y / t.k / stepY) * stepY - stepY;
  return { x0, y0, x1: x0 + w + 3 * stepX, y1: y0 + h + 3 * stepY };
}
