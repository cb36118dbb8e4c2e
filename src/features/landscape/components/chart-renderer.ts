import type { Renderer } from '../view-state';

/**
 * From this many tiles the chart draws on a canvas. Measured by
 * `npm run bench` in headless Chromium: with SVG a zoom frame's main-thread
 * work is about 15 ms for 72 tiles but 25–40 ms for 217 and 75–100 ms for
 * 2,413 (text is re-laid out at every scale); on a canvas it is 3–8 ms at
 * every size. Below this SVG paints the first view sooner and keeps one
 * DOM node per tile.
 */
const CANVAS_MIN_TILES = 150;

/**
 * From this many tiles the item list renders a window of options around
 * the active one instead of one per tile.
 */
export const WINDOWED_LIST_MIN_TILES = 600;

/** The renderer for a number of tiles; `auto` decides by CANVAS_MIN_TILES. */
export function resolveRenderer(
  choice: Renderer,
  tiles: number,
): 'svg' | 'canvas' {
  if (choice !== 'auto') return choice;
  return tiles >= CANVAS_MIN_TILES ? 'canvas' : 'svg';
}
