/**
 * The landscape chart's look, in one place for every renderer: the SVG
 * chart, the canvas chart, the exports and the booth poster. Colours and
 * patterns come from status-style.ts (the timeline and the CLI share
 * those); everything else a renderer needs to draw a tile, a heading, a
 * label, a logo or a ring is here. Sizes are screen px unless they say
 * layout px; a renderer divides screen px by its zoom.
 */
import {
  STATUS_COLORS,
  STATUS_INK,
  STATUS_PATTERN,
} from '@/components/status/status-style';

import {
  HEADING_BAND,
  HEADING_PAD_PX,
  HEADING_WEIGHT,
} from '../layout/heading-fit';
import {
  CATEGORY_FONT_PX,
  CHART_FONT,
  labelPadding,
  SUBCATEGORY_FONT_PX,
} from '../layout/label-fit';
import { LINE_HEIGHT } from '../layout/tile-labels';

import type { GroupNode, TileNode } from '../layout/compute-landscape-layout';
import type { TileLabelLines } from '../layout/tile-labels';
import type { ChartPalette } from '@/components/status/status-style';
import type { DisplayStatus } from '@/lib/schemas/cncf-status';

export {
  chartPalette,
  PATTERN_CELL,
  PATTERN_INK,
  PATTERN_STROKE,
  patternId,
  STATUS_COLORS,
  STATUS_PATTERN,
} from '@/components/status/status-style';
export type { ChartPalette } from '@/components/status/status-style';
export { CHART_FONT };

/** Tile corner radius, layout px. */
export const TILE_RADIUS = 2;
/** Outline of a tile that is not a CNCF project (it has no fill colour). */
export const PLAIN_OUTLINE_PX = 1.5;
/** Opacity of tiles left out of an emphasis (a search, a booth slide). */
export const FADED_OPACITY = 0.25;
/** Group box corner radius and outlines. */
const GROUP_RADIUS_PX = 4;
const GROUP_STROKE_PX = { category: 1.5, subcategory: 1 } as const;
/** Ring around a search match, and its corner radius. */
export const MATCH_RING_PX = 2.5;
export const RING_RADIUS_PX = 3;
/** Ring around the focused or selected tile, drawn this far outside it. */
export const FOCUS_RING_PX = 3;
export const FOCUS_RING_GAP_PX = 3;

/** Logos appear on tiles with room for one this big on screen. */
export const MIN_LOGO_PX = 20;
/** Logos never grow past this on screen. */
const MAX_LOGO_PX = 56;
/** Logos are drawn for light backgrounds: a white plate keeps them legible on colour and in the dark theme. */
export const LOGO_PLATE = '#ffffff';

/** Whether a tile is faded: an emphasis is set and leaves it out. */
export function isFaded(
  emphasis: ReadonlySet<string> | null,
  id: string,
): boolean {
  return emphasis !== null && !emphasis.has(id);
}

/** Tile fill: its status colour, or the page colour for a plain tile. */
export function tileFill(status: DisplayStatus, palette: ChartPalette) {
  return status === 'none' ? palette.plainTile : STATUS_COLORS[status];
}

/** Label weight: CNCF projects bold, the rest regular. */
export function labelWeight(status: DisplayStatus): number {
  return status === 'none' ? 400 : 600;
}

/** Label colour: contrasting ink on a status colour, page text on a plain tile. */
export function labelInk(status: DisplayStatus, palette: ChartPalette) {
  return status === 'none' ? palette.text : STATUS_INK[status];
}

/** Whether a status has a pattern, so its label needs a solid band under it. */
function needsLabelBand(status: DisplayStatus): boolean {
  return STATUS_PATTERN[status] !== null;
}

/** A heading's font: screen px (times `scale`) and weight. */
function headingFont(level: GroupNode['level'], scale = 1) {
  return level === 'category'
    ? { px: CATEGORY_FONT_PX * scale, weight: HEADING_WEIGHT.category }
    : { px: SUBCATEGORY_FONT_PX * scale, weight: HEADING_WEIGHT.subcategory };
}

/** How a group box and its heading are drawn, layout px at zoom level `lod`. */
export type GroupStyle = {
  fill: string;
  stroke: string;
  strokeWidth: number;
  radius: number;
  font: { px: number; weight: number; color: string };
  /** Heading text position (its first line's vertical middle). */
  textX: number;
  textY: number;
  /** Distance between heading lines, layout px. */
  lineHeight: number;
};

/**
 * The style of a group box: categories are outlined with a bold heading,
 * subcategories filled with a lighter one. `scale` multiplies headings
 * (exports, the booth); lay out with the same headerScale.
 */
export function groupStyle(
  g: GroupNode,
  lod: number,
  palette: ChartPalette,
  scale = 1,
): GroupStyle {
  const isCategory = g.level === 'category';
  const font = headingFont(g.level, scale);
  const fontPx = font.px;
  const band = HEADING_BAND[g.level].first * scale;
  return {
    fill: isCategory ? 'none' : palette.groupFill,
    stroke: palette.groupStroke,
    strokeWidth: GROUP_STROKE_PX[g.level] / lod,
    radius: GROUP_RADIUS_PX / lod,
    font: {
      px: fontPx / lod,
      weight: font.weight,
      color: isCategory ? palette.text : palette.muted,
    },
    textX: g.x + (HEADING_PAD_PX * scale) / lod,
    textY: g.y + Math.min(band, (fontPx + 6) / lod) / 2,
    lineHeight: (HEADING_BAND[g.level].next * scale) / lod,
  };
}

/** Where a tile's label and logo go, layout px. */
export type LabelPlacement = {
  /** Top of the first line; line `i`'s middle is `top + (i + 0.5) * lineHeight`. */
  top: number;
  lineHeight: number;
  /** Text x (left-aligned after the padding). */
  x: number;
  /** The solid band under the text (patterned tiles only). */
  band: { y: number; height: number } | null;
  /** The logo's plate, if the tile has room for one; the image sits `pad / 2` inside it. */
  logo: { x: number; y: number; width: number; height: number } | null;
  /** Padding at this zoom, layout px. */
  pad: number;
};

/**
 * Places a label on its tile: centred, or under a logo when the tile is
 * tall enough for one of at least MIN_LOGO_PX on screen. Both renderers
 * and the exports draw from this, so they agree to the pixel.
 */
export function placeLabel(
  tile: TileNode,
  label: TileLabelLines,
  status: DisplayStatus,
  { lod, scale = 1, logo }: { lod: number; scale?: number; logo: boolean },
): LabelPlacement {
  const pad = labelPadding(lod, scale);
  const lineHeight = label.fontSize * LINE_HEIGHT;
  const block = label.lines.length * lineHeight;
  const logoSize = Math.min(
    (MAX_LOGO_PX * scale) / lod,
    tile.height - block - 3 * pad,
  );
  const withLogo = logo && logoSize * lod >= MIN_LOGO_PX;
  const top = withLogo
    ? tile.y + (tile.height + logoSize + pad - block) / 2
    : tile.y + (tile.height - block) / 2;
  return {
    top,
    lineHeight,
    x: tile.x + pad,
    pad,
    band: needsLabelBand(status)
      ? { y: top - pad / 2, height: block + pad }
      : null,
    logo: withLogo
      ? {
          x: tile.x + pad,
          y: top - pad - logoSize,
          width: tile.width - 2 * pad,
          height: logoSize,
        }
      : null,
  };
}

/** A logo of `natural` size fitted inside a box, centred (SVG's xMidYMid meet). */
export function fitLogo(
  box: { x: number; y: number; width: number; height: number },
  natural: { width: number; height: number },
): { x: number; y: number; width: number; height: number } {
  const s = Math.min(box.width / natural.width, box.height / natural.height);
  const width = natural.width * s;
  const height = natural.height * s;
  return {
    x: box.x + (box.width - width) / 2,
    y: box.y + (box.height - height) / 2,
    width,
    height,
  };
}
