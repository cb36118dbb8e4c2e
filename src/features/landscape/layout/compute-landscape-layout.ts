import { hierarchy, treemap, treemapSlice } from 'd3-hierarchy';

import { HEADING_BAND } from './heading-fit';
import { headingRoom, subcategoryShares } from './heading-room';
import { MIN_TILE_ROW, packTiles } from './pack-tiles';
import { headingAwareTile } from './subcategory-rows';

import type { LandscapeCategory, LandscapeItem } from '../schemas';
import type { MeasureText } from './label-fit';
import type { HierarchyRectangularNode } from 'd3-hierarchy';

/** Height of a one-line subcategory heading band, px (see headingBand). */
export const SUBCATEGORY_HEADER = HEADING_BAND.subcategory.first;
/** Space between sibling groups and around the chart, px. */
const GROUP_GAP = 6;
/** Below this width groups stack full-width (a phone), px. */
const NARROW_WIDTH = 640;
/** Room a subcategory heading takes in a phone band, in tiles. */
const NARROW_HEADING_TILES = 10;
/**
 * Room a subcategory heading takes elsewhere, in tiles: enough that a
 * subcategory of one or two items still gets a box wide enough to name
 * it (and its count) when the whole landscape is in view.
 */
const HEADING_TILES = 8;
/** Room a category heading takes, in tiles, so a small category still shows its name. */
const CATEGORY_HEADING_TILES = 30;

/** Subcategory names that are membership tiers (CNCF, the LF and most foundations). */
const MEMBERSHIP_TIER =
  /\b(members?|membership|platinum|gold|silver|bronze|diamond|premier|general|associate|academic|non-?profit|end[ -]user|supporters?|sponsors?|strategic)\b/i;

/**
 * Whether a category lists the foundation's members rather than software:
 * its name says so ("CNCF Members") or every subcategory is a membership
 * tier (Platinum, Gold, Silver, Academic, …). Such a category is laid out
 * after the others, so the overview opens on the projects and products.
 */
export function isMembershipCategory(
  name: string,
  subcategories: readonly string[],
): boolean {
  if (/\bmembers?\b/i.test(name)) return true;
  return (
    subcategories.length > 1 &&
    subcategories.every((s) => MEMBERSHIP_TIER.test(s))
  );
}

export type LayoutSize = { width: number; height: number };
export type LayoutOptions = {
  /**
   * Multiplies the heading bands, for headings drawn larger (a booth
   * screen read from a distance); 1 is the site.
   */
  headerScale?: number;
  /**
   * Measures heading text, so boxes are as wide and heading bands as
   * tall as the drawn headings need; without it, glyph-width estimates.
   */
  measure?: MeasureText | null;
};
export type LayoutItem = Pick<
  LandscapeItem,
  'id' | 'name' | 'category' | 'subcategory'
>;

/** A category or subcategory box; x, y, width, height in px. */
export type GroupNode = {
  /** `category` or `category/subcategory`; unique. */
  key: string;
  level: 'category' | 'subcategory';
  name: string;
  category: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Items inside. */
  count: number;
  /**
   * Lines the heading band holds (1 or 2): the layout makes the band of a
   * box too narrow for its heading on one line taller, so the heading
   * wraps before it is shortened.
   */
  headingLines: number;
};

/** One item's tile; x, y, width, height in px. */
export type TileNode = {
  id: string;
  groupKey: string;
  x: number;
  y: number;
  width: number;
  height: number;
};

export type LandscapeLayout = LayoutSize & {
  groups: GroupNode[];
  tiles: TileNode[];
};

type TreeDatum = {
  name: string;
  /** A membership category (see isMembershipCategory): laid out last. */
  last?: boolean;
  category?: string;
  items?: LayoutItem[];
  children?: TreeDatum[];
};

/** One collator for all name sorting: creating one per comparison is slow. */
export const NAME_ORDER = new Intl.Collator('en', { sensitivity: 'base' });

function groupKey(category: string, subcategory: string): string {
  return `${category}/${subcategory}`;
}

/**
 * Categories in their given order, each with its subcategories in order,
 * holding the items that belong there (sorted by name so tiles keep their
 * place when statuses change). Subcategories the category list does not
 * name are appended, so no item is ever dropped; empty ones are left out.
 */
export function groupItems(
  items: readonly LayoutItem[],
  categories: readonly LandscapeCategory[],
): TreeDatum[] {
  const order = new Map<string, Map<string, LayoutItem[]>>();
  for (const c of categories) {
    order.set(c.name, new Map(c.subcategories.map((s) => [s, []])));
  }
  for (const item of items) {
    let subs = order.get(item.category);
    if (!subs) order.set(item.category, (subs = new Map()));
    let list = subs.get(item.subcategory);
    if (!list) subs.set(item.subcategory, (list = []));
    list.push(item);
  }
  const byName = (a: LayoutItem, b: LayoutItem) =>
    NAME_ORDER.compare(a.name, b.name);
  return [...order]
    .map(([name, subs]) => ({
      name,
      last: isMembershipCategory(name, [...subs.keys()]),
      children: [...subs]
        .filter(([, list]) => list.length > 0)
        .map(([sub, list]) => ({
          name: sub,
          category: name,
          items: list.sort(byName),
        })),
    }))
    .filter((c) => c.children.length > 0);
}

/**
 * Lays out items as a treemap of categories and subcategories (area by item
 * count, plus room for each heading) with each subcategory's items packed
 * in an equal-cell grid. Pure: plain numbers out, no DOM. Category headings
 * are drawn only when there is more than one category; a heading too wide
 * for its box gets a two-line band (see GroupNode.headingLines).
 */
export function computeLandscapeLayout(
  items: readonly LayoutItem[],
  categories: readonly LandscapeCategory[],
  size: LayoutSize,
  { headerScale = 1, measure = null }: LayoutOptions = {},
): LandscapeLayout {
  const empty = { ...size, groups: [], tiles: [] };
  const tree = groupItems(items, categories);
  if (tree.length === 0 || size.width <= 0 || size.height <= 0) return empty;
  const withCategoryHeaders = tree.length > 1;
  const narrow = size.width < NARROW_WIDTH;
  // A heading needs room even for a one-item subcategory: as much as
  // HEADING_TILES tiles, or in full-width phone bands (about seven tiles
  // a row, rows lower than the heading) NARROW_HEADING_TILES tiles.
  const heading = narrow ? NARROW_HEADING_TILES : HEADING_TILES;
  const categoryTiles =
    withCategoryHeaders && !narrow ? CATEGORY_HEADING_TILES : 0;
  const countOf = (d: TreeDatum) => d.items?.length ?? 0;
  const counts = new Map(
    tree.map((c) => [
      c.name,
      (c.children ?? []).reduce((n, sub) => n + countOf(sub), 0),
    ]),
  );
  const itemsOf = (d: TreeDatum) =>
    d.items ? d.items.length : (counts.get(d.name) ?? 0);
  const room = headingRoom({
    scale: headerScale,
    measure,
    gap: GROUP_GAP,
    minTileRow: MIN_TILE_ROW,
    withCategoryHeaders,
  });
  const shares = subcategoryShares(
    tree.map((c) => (c.children ?? []).map((sub) => [sub, countOf(sub)])),
    size,
    heading,
    categoryTiles,
    (sub) =>
      narrow
        ? room.phoneArea(sub.name, countOf(sub), size.width)
        : room.boxArea(sub.name, countOf(sub)),
  );
  const root = hierarchy<TreeDatum>({ name: 'root', children: tree })
    .sum((d) =>
      d.items ? (shares.get(d) ?? 0) : d.children ? categoryTiles : 0,
    )
    // Most items first (not most area: headings add room to small
    // ones), membership categories after all others.
    .sort(
      (a, b) =>
        Number(a.data.last ?? false) - Number(b.data.last ?? false) ||
        itemsOf(b.data) - itemsOf(a.data) ||
        (b.value ?? 0) - (a.value ?? 0),
    );
  const minHeights = new Map<TreeDatum, (width: number) => number>();
  const categoryBand = (c: TreeDatum, width: number) =>
    room.categoryBand(c.name, counts.get(c.name) ?? 0, width);
  const laidOut = treemap<TreeDatum>()
    // Phones: full-width bands, so each subcategory keeps a readable grid.
    .tile(
      narrow
        ? treemapSlice
        : headingAwareTile<TreeDatum>({
            minWidth: (n) => room.minWidth(n.data.name, countOf(n.data)),
            minHeight: (n, width) => {
              let of = minHeights.get(n.data);
              if (!of) {
                of = room.minHeightOf(n.data.name, countOf(n.data));
                minHeights.set(n.data, of);
              }
              return of(width);
            },
            inner: (c, width, height) => ({
              width: width - GROUP_GAP,
              height: height - GROUP_GAP - categoryBand(c.data, width),
            }),
            ratio: 1.6,
          }),
    )
    .size([size.width, size.height])
    .paddingOuter(GROUP_GAP / 2)
    .paddingInner(GROUP_GAP)
    // d3 asks for a node's top padding once its box is placed, so a
    // category's band can take two lines where its name needs them.
    .paddingTop((n) =>
      n.depth === 1 ? categoryBand(n.data, n.x1 - n.x0) : GROUP_GAP / 2,
    )
    .round(false)(root);

  const groups: GroupNode[] = [];
  const tiles: TileNode[] = [];
  for (const cat of laidOut.children ?? []) {
    if (withCategoryHeaders) {
      const group = toGroup(cat, 'category', cat.data.name, cat.data.name);
      group.headingLines = room.categoryLines(
        group.name,
        group.count,
        group.width,
      );
      groups.push(group);
    }
    for (const sub of cat.children ?? []) {
      const key = groupKey(cat.data.name, sub.data.name);
      const group = toGroup(sub, 'subcategory', key, cat.data.name);
      groups.push(group);
      tiles.push(...packTiles(sub.data.items ?? [], group, room, headerScale));
    }
  }
  return { ...size, groups, tiles };
}

function toGroup(
  node: HierarchyRectangularNode<TreeDatum>,
  level: GroupNode['level'],
  key: string,
  category: string,
): GroupNode {
  return {
    key,
    level,
    name: node.data.name,
    category,
    x: node.x0,
    y: node.y0,
    width: node.x1 - node.x0,
    height: node.y1 - node.y0,
    count:
      level === 'subcategory'
        ? (node.data.items?.length ?? 0)
        : node.leaves().reduce((n, l) => n + (l.data.items?.length ?? 0), 0),
    headingLines: 1,
  };
}
