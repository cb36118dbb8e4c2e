import { interpolateNumber } from 'd3-interpolate';

import type { TileNode } from './compute-landscape-layout';

/**
 * Length of the glide from one layout to the next (zoom into a
 * subcategory and back, a filter in a small view), ms: within the house
 * range for purposeful motion (150–300 ms), short enough not to delay a
 * reader who clicks on.
 */
export const GLIDE_MS = 240;
/**
 * A change with more tiles than this on either side is shown at once: a
 * filter that removes or brings back thousands of tiles reads as a new
 * picture, no tile can be followed, and the glide only delays it (the
 * whole landscape settled in 580 ms with a 280 ms glide).
 */
export const GLIDE_MAX_TILES = 600;

/**
 * How long the change from `fromTiles` to `toTiles` tiles glides, ms:
 * 0 (shown at once) without motion (reduced motion), from or to an empty
 * chart, or when either side has more than GLIDE_MAX_TILES tiles.
 */
export function glideMs(
  fromTiles: number,
  toTiles: number,
  motion: boolean,
): number {
  if (!motion || fromTiles === 0 || toTiles === 0) return 0;
  return Math.max(fromTiles, toTiles) > GLIDE_MAX_TILES ? 0 : GLIDE_MS;
}

const samePlace = (a: TileNode, b: TileNode) =>
  a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;

/**
 * Whether any tile of `target` moves from where it is now (`from`, by id):
 * a new layout with every tile in its old place (the same view laid out
 * again) needs no glide.
 */
export function anyTileMoves(
  target: readonly TileNode[],
  from: ReadonlyMap<string, TileNode>,
): boolean {
  return target.some((tile) => {
    const start = from.get(tile.id);
    return start !== undefined && !samePlace(start, tile);
  });
}

/** Cubic ease-out: fast start, gentle arrival. */
const ease = (t: number) => 1 - (1 - t) ** 3;

function mix(a: TileNode, b: TileNode, t: number): TileNode {
  return {
    ...b,
    x: interpolateNumber(a.x, b.x)(t),
    y: interpolateNumber(a.y, b.y)(t),
    width: interpolateNumber(a.width, b.width)(t),
    height: interpolateNumber(a.height, b.height)(t),
  };
}

/**
 * The tiles `progress` (0…1 of the glide's time) of the way from where
 * they were (`from`, by id) to `target`: tiles that were not there appear
 * in place. At 1 (or with no `from`) it is `target` itself, so a settled
 * chart compares equal to its layout.
 */
export function glideFrame(
  target: readonly TileNode[],
  from: ReadonlyMap<string, TileNode> | null,
  progress: number,
): readonly TileNode[] {
  if (!from || progress >= 1) return target;
  const t = ease(Math.max(0, progress));
  return target.map((tile) => {
    const start = from.get(tile.id);
    // A tile in place stays the same object (no rounding noise to redraw).
    return start && !samePlace(start, tile) ? mix(start, tile, t) : tile;
  });
}

/** Room a label block may lack mid-glide before it is held back, layout px. */
const LABEL_SLACK = 0.5;

/**
 * Whether a tile drawn mid-glide can carry the label laid out for its
 * settled size: only once it is at least that big (a shrinking tile keeps
 * its label, a growing one shows it on arrival), so a label never spills
 * out of a tile and labels are laid out once per layout, not per frame.
 */
export function labelFitsMidGlide(
  tile: Pick<TileNode, 'width' | 'height'>,
  settled: Pick<TileNode, 'width' | 'height'> | undefined,
): boolean {
  if (!settled || tile === settled) return true;
  return (
    tile.width + LABEL_SLACK >= settled.width &&
    tile.height + LABEL_SLACK >= settled.height
  );
}

const settledById = new WeakMap<
  readonly TileNode[],
  ReadonlyMap<string, TileNode>
>();

/** The settled tiles by id, built once per layout. */
export function tilesById(
  tiles: readonly TileNode[],
): ReadonlyMap<string, TileNode> {
  let byId = settledById.get(tiles);
  if (!byId) {
    byId = new Map(tiles.map((t) => [t.id, t]));
    settledById.set(tiles, byId);
  }
  return byId;
}
