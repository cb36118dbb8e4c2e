import {
  headingBand,
  headingLinesAt,
  headingOneLineWidth,
  MAX_HEADING_LINES,
  subcategoryHeadingWidth,
} from './heading-fit';

import type { MeasureText } from './label-fit';

/**
 * Share of the chart's area a subcategory's share is reckoned in: what
 * gaps, category bands and part-filled rows leave, estimated low so small
 * subcategories rather get too much room than too little (at 0.8, 5
 * headings of the shipped overview at 1232 px were still shortened).
 */
const USABLE_AREA = 0.6;

/**
 * Each subcategory's share of the area, in tiles: its items plus the room
 * its heading takes, `heading` tiles or enough for the smallest box its
 * heading and a row of tiles need (`need`, px²). A tile's area depends on
 * the total, so the shares are settled in a few rounds (numbers only).
 * `categories` holds each category's subcategories with their item counts.
 */
export function subcategoryShares<S>(
  categories: readonly (readonly [S, number])[][],
  size: { width: number; height: number },
  heading: number,
  categoryTiles: number,
  need: (sub: S) => number,
): Map<S, number> {
  const subs = categories.flat();
  const own = subs.map(([, count]) => count + heading);
  const shares = new Map(subs.map(([sub], i) => [sub, own[i]!]));
  const area = size.width * size.height * USABLE_AREA;
  const needs = subs.map(([sub]) => need(sub));
  for (let round = 0; round < 3; round += 1) {
    let total = categories.length * categoryTiles;
    for (const v of shares.values()) total += v;
    const tileArea = area / total;
    subs.forEach(([sub], i) =>
      shares.set(sub, Math.max(own[i]!, needs[i]! / tileArea)),
    );
  }
  return shares;
}

export type HeadingRoomOptions = {
  /** Heading scale (see LayoutOptions.headerScale). */
  scale: number;
  measure: MeasureText | null;
  /** Gap between sibling boxes, px. */
  gap: number;
  /** A row of tiles under a heading, px at scale 1. */
  minTileRow: number;
  withCategoryHeaders: boolean;
};

/** The room headings take in the layout, px; see headingRoom. */
export type HeadingRoom = ReturnType<typeof headingRoom>;

/**
 * What the layout asks about headings, in px, with the scale and the
 * measure bound: box widths and heights a subcategory's heading needs,
 * the lines and band of a heading in a box of a given width.
 */
export function headingRoom(o: HeadingRoomOptions) {
  const { scale, measure, gap } = o;
  const subcategoryLines = (name: string, count: number, width: number) =>
    headingLinesAt('subcategory', name, count, width, scale, measure);
  const categoryLines = (name: string, count: number, width: number) =>
    headingLinesAt('category', name, count, width, scale, measure);
  /** A subcategory box's height for a heading of `lines` lines and a row of tiles, with its gap. */
  const boxHeight = (lines: number) =>
    headingBand('subcategory', lines, scale) + o.minTileRow * scale + gap;
  const minWidth = (name: string, count: number) =>
    subcategoryHeadingWidth(name, count, scale, measure) + gap;
  return {
    subcategoryLines,
    categoryLines,
    /** A subcategory box's minimum width, with its gap. */
    minWidth,
    /**
     * A subcategory box's minimum height (with its gap) as a function of
     * its width: a one- or two-line heading band and a row of tiles.
     */
    minHeightOf: (name: string, count: number) => {
      const oneLine = headingOneLineWidth(
        'subcategory',
        name,
        count,
        scale,
        measure,
      );
      const one = boxHeight(1);
      const two = boxHeight(MAX_HEADING_LINES);
      return (width: number) => (width - gap >= oneLine ? one : two);
    },
    /** The smallest box (px²) for a subcategory on a wide chart. */
    boxArea: (name: string, count: number) =>
      minWidth(name, count) * boxHeight(MAX_HEADING_LINES),
    /** The smallest full-width band (px²) for a subcategory on a phone. */
    phoneArea: (name: string, count: number, width: number) =>
      width * boxHeight(subcategoryLines(name, count, width - 2 * gap)),
    /** A category's heading band in a box `width` px wide. */
    categoryBand: (name: string, count: number, width: number) =>
      o.withCategoryHeaders
        ? headingBand('category', categoryLines(name, count, width), scale)
        : gap / 2,
  };
}
