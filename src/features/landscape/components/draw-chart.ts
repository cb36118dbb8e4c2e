import {
  CATEGORY_HEADER,
  SUBCATEGORY_HEADER,
} from '../layout/compute-landscape-layout';
import { intersects, visibleRegion } from '../layout/hit-test';
import {
  CATEGORY_FONT_PX,
  CHART_FONT,
  fitHeading,
  labelPadding,
  SUBCATEGORY_FONT_PX,
} from '../layout/label-fit';
import { LINE_HEIGHT } from '../layout/tile-labels';
import { STATUS_COLORS, STATUS_INK, STATUS_PATTERN } from '../status-style';
import { labelWeight, tileLabelsFor } from './measure-text';

import type {
  LandscapeLayout,
  TileNode,
} from '../layout/compute-landscape-layout';
import type { MeasureText } from '../layout/label-fit';
import type { ViewTransform } from '../layout/navigate';
import type { DisplayStatus } from '../schemas';
import type { ChartPalette } from '../status-style';

/** What the chart shows, independent of where the reader looks. */
export type ChartScene = {
  layout: LandscapeLayout;
  /** Tiles as drawn now (mid-tween they differ from layout.tiles). */
  tiles: readonly TileNode[];
  names: ReadonlyMap<string, string>;
  /** Logo file per item id; the SVG renderer draws them on big tiles. */
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

type Pattern = 'stripes' | 'dots' | 'cross';
/** Pattern cell, layout px, as in StatusPatternDefs; drawn at 4× for zoom. */
const CELL = 6;
const CELL_RES = 4;
const PATTERN_INK = 'rgba(0,0,0,0.45)';
const TILE_RADIUS = 2;
/** Tiles in view up to which their corners are rounded. */
const ROUNDED_MAX_TILES = 400;
/** Outline of a tile that is not a CNCF project, screen px. */
const OUTLINE_PX = 1.5;
/** Opacity of tiles that do not match the search. */
const FADED = 0.25;

/** One small canvas per pattern, shared by every chart. */
const patternCells = new Map<Pattern, HTMLCanvasElement | OffscreenCanvas>();

function patternCell(kind: Pattern): CanvasImageSource | null {
  let cell = patternCells.get(kind);
  if (!cell) {
    const size = CELL * CELL_RES;
    if (
      typeof OffscreenCanvas === 'undefined' &&
      typeof document === 'undefined'
    )
      return null;
    cell =
      typeof OffscreenCanvas === 'undefined'
        ? Object.assign(document.createElement('canvas'), {
            width: size,
            height: size,
          })
        : new OffscreenCanvas(size, size);
    const g = cell.getContext('2d') as
      CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null;
    if (!g) return null;
    g.scale(CELL_RES, CELL_RES);
    g.strokeStyle = PATTERN_INK;
    g.fillStyle = PATTERN_INK;
    if (kind === 'stripes') {
      // A vertical line, rotated 45° with the pattern (as the SVG does).
      g.lineWidth = 1.5;
      g.beginPath();
      g.moveTo(0, 0);
      g.lineTo(0, CELL);
      g.stroke();
    } else if (kind === 'dots') {
      g.beginPath();
      g.arc(3, 3, 1.1, 0, Math.PI * 2);
      g.fill();
    } else {
      g.lineWidth = 1;
      g.beginPath();
      g.moveTo(0, 0);
      g.lineTo(CELL, CELL);
      g.moveTo(CELL, 0);
      g.lineTo(0, CELL);
      g.stroke();
    }
    patternCells.set(kind, cell);
  }
  return cell;
}

/** Patterns belong to a context; made once per canvas. */
const patternsByContext = new WeakMap<
  CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D,
  Map<Pattern, CanvasPattern | null>
>();

function patternFor(
  ctx: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D,
  kind: Pattern,
): CanvasPattern | null {
  let patterns = patternsByContext.get(ctx);
  if (!patterns) patternsByContext.set(ctx, (patterns = new Map()));
  if (!patterns.has(kind)) {
    const cell = patternCell(kind);
    const pattern = cell ? ctx.createPattern(cell, 'repeat') : null;
    // Scaled back to layout px; stripes rotated 45° as in the SVG.
    const angle = kind === 'stripes' ? Math.PI / 4 : 0;
    const cos = Math.cos(angle) / CELL_RES;
    const sin = Math.sin(angle) / CELL_RES;
    pattern?.setTransform({ a: cos, b: sin, c: -sin, d: cos, e: 0, f: 0 });
    patterns.set(kind, pattern);
  }
  return patterns.get(kind) ?? null;
}

/**
 * Readies what a first frame would otherwise set up on the critical path:
 * the pattern cells, and the chart font in each weight (font lookup and
 * glyph caches are shared by every canvas). Cheap; run while data loads.
 */
export function prepareChartDrawing(): void {
  // Browsers only (jsdom has no OffscreenCanvas, nor any canvas).
  if (typeof OffscreenCanvas === 'undefined') return;
  const ctx = new OffscreenCanvas(8, 8).getContext('2d');
  if (!ctx) return;
  for (const kind of ['stripes', 'dots', 'cross'] as const)
    patternFor(ctx, kind);
  for (const weight of [400, 600, 700]) {
    ctx.font = `${weight} 12px ${CHART_FONT}`;
    ctx.fillText('Observability (0) Kubernetes…', 0, 6);
    ctx.measureText('Prometheus');
  }
}

/** Tiles of one look: status and faded or not. */
type Batch = { status: DisplayStatus; faded: boolean; tiles: TileNode[] };

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

/** Sets the chart font (only when it changes: setting a font parses it) and measures text in it. */
function fontSetter(ctx: CanvasRenderingContext2D) {
  let font = '';
  const setFont = (weight: number, fontPx: number) => {
    const next = `${weight} ${fontPx}px ${CHART_FONT}`;
    if (next !== font) ctx.font = font = next;
  };
  const measure: MeasureText = (text, fontPx, weight) => {
    setFont(weight, fontPx);
    return ctx.measureText(text).width;
  };
  return { setFont, measure };
}

function drawGroups(
  ctx: CanvasRenderingContext2D,
  scene: ChartScene,
  view: ChartView,
  region: ReturnType<typeof visibleRegion>,
) {
  const { palette } = scene;
  const { lod, transform } = view;
  const { setFont, measure } = fontSetter(ctx);
  for (const g of scene.layout.groups) {
    if (!intersects(g, region)) continue;
    const isCategory = g.level === 'category';
    ctx.beginPath();
    ctx.roundRect(g.x, g.y, g.width, g.height, 4 / lod);
    if (!isCategory) {
      ctx.fillStyle = palette.groupFill;
      ctx.fill();
    }
    ctx.strokeStyle = palette.groupStroke;
    ctx.lineWidth = (isCategory ? 1.5 : 1) / transform.k;
    ctx.stroke();
    const fontPx = isCategory ? CATEGORY_FONT_PX : SUBCATEGORY_FONT_PX;
    const band = isCategory ? CATEGORY_HEADER : SUBCATEGORY_HEADER;
    const weight = isCategory ? 700 : 600;
    const heading = fitHeading(
      `${g.name} (${g.count})`,
      g.width,
      fontPx,
      lod,
      measure,
      weight,
    );
    if (!heading) continue;
    setFont(weight, fontPx / lod);
    ctx.fillStyle = isCategory ? palette.text : palette.muted;
    ctx.fillText(
      heading,
      g.x + 4 / lod,
      g.y + Math.min(band, (fontPx + 6) / lod) / 2,
    );
  }
}

function drawTiles(
  ctx: CanvasRenderingContext2D,
  scene: ChartScene,
  view: ChartView,
  batches: readonly Batch[],
) {
  const inView = batches.reduce((n, b) => n + b.tiles.length, 0);
  const rounded = inView <= ROUNDED_MAX_TILES;
  // The outline of a plain tile (1.5 screen px, centred on its edge as the
  // SVG stroke is) is two fills: strokes cost ten times as much.
  const half = OUTLINE_PX / 2 / view.transform.k;
  for (const batch of batches) {
    const pattern = STATUS_PATTERN[batch.status];
    ctx.globalAlpha = batch.faded ? FADED : 1;
    if (batch.status === 'none') {
      tilePath(ctx, batch.tiles, -half, rounded);
      ctx.fillStyle = STATUS_COLORS.none;
      ctx.fill();
      tilePath(ctx, batch.tiles, half, rounded);
      ctx.fillStyle = scene.palette.plainTile;
      ctx.fill();
      continue;
    }
    tilePath(ctx, batch.tiles, 0, rounded);
    ctx.fillStyle = STATUS_COLORS[batch.status];
    ctx.fill();
    const fill = pattern ? patternFor(ctx, pattern) : null;
    if (fill) {
      ctx.fillStyle = fill;
      ctx.fill();
    }
  }
  ctx.globalAlpha = 1;
}

function drawLabels(
  ctx: CanvasRenderingContext2D,
  scene: ChartScene,
  view: ChartView,
  batches: readonly Batch[],
): number {
  let drawn = 0;
  const { lod } = view;
  const pad = labelPadding(lod);
  const { setFont } = fontSetter(ctx);
  // Laid out for the settled tiles, so a tween frame does not relabel.
  const labels = tileLabelsFor(
    scene.layout.tiles,
    scene.names,
    scene.statusById,
    lod,
  );
  for (const batch of batches) {
    const plain = batch.status === 'none';
    const patterned = STATUS_PATTERN[batch.status] !== null;
    ctx.globalAlpha = batch.faded ? FADED : 1;
    const ink = plain
      ? scene.palette.text
      : STATUS_INK[batch.status as Exclude<DisplayStatus, 'none'>];
    for (const tile of batch.tiles) {
      const label = labels.get(tile.id);
      if (!label) continue;
      const lineHeight = label.fontSize * LINE_HEIGHT;
      const block = label.lines.length * lineHeight;
      const top = tile.y + (tile.height - block) / 2;
      if (patterned) {
        // A solid band in the tile colour: the pattern never crosses text.
        ctx.fillStyle = STATUS_COLORS[batch.status];
        ctx.fillRect(tile.x, top - pad / 2, tile.width, block + pad);
      }
      setFont(labelWeight(batch.status), label.fontSize);
      ctx.fillStyle = ink;
      label.lines.forEach((line, i) => {
        ctx.fillText(line, tile.x + pad, top + (i + 0.5) * lineHeight);
      });
      drawn += 1;
    }
  }
  ctx.globalAlpha = 1;
  return drawn;
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
    ctx.lineWidth = 2.5 / k;
    ctx.beginPath();
    for (const t of scene.tiles) {
      if (matches.has(t.id) && intersects(t, region))
        ctx.roundRect(t.x, t.y, t.width, t.height, 3 / k);
    }
    ctx.stroke();
  }
  const focus = scene.tiles.find((t) => t.id === scene.focusId);
  if (focus) {
    const gap = 3 / k;
    ctx.lineWidth = 3 / k;
    ctx.strokeRect(
      focus.x - gap,
      focus.y - gap,
      focus.width + 2 * gap,
      focus.height + 2 * gap,
    );
  }
}

/** What one frame drew: tiles and labels in view. */
export type DrawStats = { tiles: number; labels: number };

/**
 * Draws the chart on a 2D canvas: the same groups, tiles, patterns, labels
 * and rings as the SVG renderer, for the tiles in view only. Tiles of one
 * look are filled as one path, so a frame costs a few fills, not one per
 * tile.
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
  drawGroups(ctx, scene, view, region);
  drawTiles(ctx, scene, view, batches);
  const labels = drawLabels(ctx, scene, view, batches);
  drawRings(ctx, scene, view, region);
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  const tiles = batches.reduce((n, b) => n + b.tiles.length, 0);
  return { tiles, labels };
}
