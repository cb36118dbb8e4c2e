import type { Renderer } from '../view-state';

/**
 * From this many tiles the chart draws on a canvas: one SVG node per tile
 * costs too much per zoom frame and at first render (see the README's
 * Performance section for the figures that set it).
 */
export const CANVAS_MIN_TILES = 600;

/** The renderer for a number of tiles; `auto` decides by CANVAS_MIN_TILES. */
export function resolveRenderer(
  choice: Renderer,
  tiles: number,
): 'svg' | 'canvas' {
  if (choice !== 'auto') return choice;
  return tiles >= CANVAS_MIN_TILES ? 'canvas' : 'svg';
}
