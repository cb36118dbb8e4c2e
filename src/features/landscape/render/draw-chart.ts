import { intersects, visibleRegion } from '../layout/hit-test';
import { patternFor } from './canvas-patterns';
import {
  FADED_OPACITY,
  FOCUS_RING_GAP_PX,
  FOCUS_RING_PX,
  groupStyle,
  MATCH_RING_PX,
  PLAIN_OUTLINE_PX,
  RING_RADIUS_PX,
  STATUS_COLORS,
  STATUS_PATTERN,
  TILE_RADIUS,
  tileFill,
} from './chart-style';
import { drawLabels, fontSetter } from './draw-labels';
import { groupHeadingsFor } from './measure-text';

import type {
  LandscapeLayout,
  TileNode,
} from '../layout/compute-landscape-layout';
import type { ViewTransform } from '../layout/navigate';
import type { ChartPalette } from './chart-style';
import type { Batch } from './draw-labels';
import type { DisplayStatus } from '@/lib/schemas/cncf-status';

/** What the chart shows, independent of where the reader looks. */
export type ChartScene = {
  layout: LandscapeLayout;
  /** Tiles as drawn now (mid-tween they differ from layout.tiles). */
  tiles: readonly TileNode[];
  names: ReadonlyMap<string, string>;
  /** Logo URL per item id (see logoUrl); tiles with room show it. */
  logos?: ReadonlyMap<string, string | null>;
  statusById: ReadonlyMap<string, DisplayStatus>;
  /** Search matches (others are faded and matches outlined); `null`: no search. */
  matches: ReadonlySet<string> | null;
  palette: ChartPalette;
  /** The keyboard-active tile, ringed. */
  focusId: string | null;
};

/** Where the reader looks, and the pixels to draw it on. */
export type ChartView = {
  transform: ViewTransform;
  /** Zoom level of detail (labels and headings change only at its steps). */
  lod: number;
  /** CSS px. */
  width: number;
  height: number;
  /** Device pixels per CSS px. */
  pixelRatio: number;
};

/** Tiles in view up to which their corners are rounded. */
const ROUNDED_MAX_TILES = 400;

function batchTiles(
  tiles: readonly TileNode[],
  scene: ChartScene,
  region: ReturnType<typeof visibleRegion>,
): Batch[] {
  const batches = new Map<string, Batch>();
  for (const tile of tiles) {
    if (!intersects(tile, region)) continue;
    const status = scene.statusById.get(tile.id) ?? 'none';
    const faded = scene.matches !== null && !scene.matches.has(tile.id);
    const key = `${status}|${faded}`;
    let batch = batches.get(key);
    if (!batch) batches.set(key, (batch = { status, faded, tiles: [] }));
    batch.tiles.push(tile);
  }
  return [...batches.values()];
}

/**
 * One path of tile boxes, grown (negative `inset`) or shrunk by `inset`
 * layout px. Rounded corners only for a few hundred tiles: in software
 * rendering a rounded rect costs several times a plain one, and at the
 * sizes where thousands are in view the corners are a pixel or two.
 */
function tilePath(
  ctx: CanvasRenderingContext2D,
  tiles: readonly TileNode[],
  inset: number,
  rounded: boolean,
) {
  ctx.beginPath();
  for (const t of tiles) {
    const x = t.x + inset;
    const y = t.y + inset;
    const w = Math.max(0, t.width - 2 * inset);
    const h = Math.max(0, t.height - 2 * inset);
    if (rounded) ctx.roundRect(x, y, w, h, Math.max(0, TILE_RADIUS - inset));
    else ctx.rect(x, y, w, h);
  }
}

function drawGroups(
  ctx: CanvasRenderingContext2D,
  scene: ChartScene,
  view: ChartView,
  region: ReturnType<typeof visibleRegion>,
): string[] {
  const shortened: string[] = [];
  const { lod } = view;
  const { setFont } = fontSetter(ctx);
  const headings = groupHeadingsFor(scene.layout.groups, lod);
  for (const g of scene.layout.groups) {
    if (!intersects(g, region)) continue;
    const style = groupStyle(g, lod, scene.palette);
    ctx.beginPath();
    ctx.roundRect(g.x, g.y, g.width, g.height, style.radius);
    if (style.fill !== 'none') {
      ctx.fillStyle = style.fill;
      ctx.fill();
    }
    ctx.strokeStyle = style.stroke;
    ctx.lineWidth = style.strokeWidth;
    ctx.stroke();
    const heading = headings.get(g.key);
    if (!heading?.lines.length || heading.truncated)
      shortened.push(heading?.lines.join(' ') ?? `${g.name} (${g.count})`);
    if (!heading) continue;
    setFont(style.font.weight, style.font.px);
    ctx.fillStyle = style.font.color;
    heading.lines.forEach((line, i) =>
      ctx.fillText(line, style.textX, style.textY + i * style.lineHeight),
    );
  }
  return shortened;
}

function drawTiles(
  ctx: CanvasRenderingContext2D,
  scene: ChartScene,
  view: ChartView,
  batches: readonly Batch[],
) {
  const inView = batches.reduce((n, b) => n + b.tiles.length, 0);
  const rounded = inView <= ROUNDED_MAX_TILES;
  // The outline of a plain tile (centred on its edge as the SVG stroke
  // is) is two fills: strokes cost ten times as much.
  const half = PLAIN_OUTLINE_PX / 2 / view.transform.k;
  for (const batch of batches) {
    const pattern = STATUS_PATTERN[batch.status];
    ctx.globalAlpha = batch.faded ? FADED_OPACITY : 1;
    if (batch.status === 'none') {
      tilePath(ctx, batch.tiles, -half, rounded);
      ctx.fillStyle = STATUS_COLORS.none;
      ctx.fill();
      tilePath(ctx, batch.tiles, half, rounded);
      ctx.fillStyle = tileFill('none', scene.palette);
      ctx.fill();
      continue;
    }
    tilePath(ctx, batch.tiles, 0, rounded);
    ctx.fillStyle = tileFill(batch.status, scene.palette);
    ctx.fill();
    const fill = pattern ? patternFor(ctx, pattern) : null;
    if (fill) {
      ctx.fillStyle = fill;
      ctx.fill();
    }
  }
  ctx.globalAlpha = 1;
}

function drawRings(
  ctx: CanvasRenderingContext2D,
  scene: ChartScene,
  view: ChartView,
  region: ReturnType<typeof visibleRegion>,
) {
  const k = view.transform.k;
  ctx.strokeStyle = scene.palette.highlight;
  if (scene.matches) {
    const { matches } = scene;
    ctx.lineWidth = MATCH_RING_PX / k;
    ctx.beginPath();
    for (const t of scene.tiles) {
      if (matches.has(t.id) && intersects(t, region))
        ctx.roundRect(t.x, t.y, t.width, t.height, RING_RADIUS_PX / k);
    }
    ctx.stroke();
  }
  const focus = scene.tiles.find((t) => t.id === scene.focusId);
  if (focus) {
    const gap = FOCUS_RING_GAP_PX / k;
    ctx.lineWidth = FOCUS_RING_PX / k;
    ctx.strokeRect(
      focus.x - gap,
      focus.y - gap,
      focus.width + 2 * gap,
      focus.height + 2 * gap,
    );
  }
}

/**
 * What one frame drew: tiles, labels and logos in view, and the headings
 * in view that are shortened or left out (as drawn).
 */
export type DrawStats = {
  tiles: number;
  labels: number;
  logos: number;
  shortenedHeadings: string[];
};

/**
 * Draws the chart on a 2D canvas: the same groups, tiles, patterns, labels,
 * logos and rings as the SVG renderer, for the tiles in view only. Tiles of
 * one look are filled as one path, so a frame costs a few fills, not one
 * per tile. Logos not yet loaded are skipped (see logo-images.ts).
 */
export function drawChart(
  ctx: CanvasRenderingContext2D,
  scene: ChartScene,
  view: ChartView,
): DrawStats {
  const { transform: t, pixelRatio: r } = view;
  ctx.setTransform(r, 0, 0, r, 0, 0);
  ctx.globalAlpha = 1;
  ctx.fillStyle = scene.palette.background;
  ctx.fillRect(0, 0, view.width, view.height);
  ctx.setTransform(r * t.k, 0, 0, r * t.k, r * t.x, r * t.y);
  ctx.textBaseline = 'middle';
  const region = visibleRegion(t, view.width, view.height);
  const batches = batchTiles(scene.tiles, scene, region);
  const shortenedHeadings = drawGroups(ctx, scene, view, region);
  drawTiles(ctx, scene, view, batches);
  const drawn = drawLabels(ctx, scene, view, batches);
  drawRings(ctx, scene, view, region);
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  const tiles = batches.reduce((n, b) => n + b.tiles.length, 0);
  return { tiles, ...drawn, shortenedHeadings };
}
