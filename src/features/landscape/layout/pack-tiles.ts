import { packGrid, tileSize } from './grid-pack';
import { headingBand } from './heading-fit';

import type {
  GroupNode,
  LayoutItem,
  TileNode,
} from './compute-landscape-layout';
import type { HeadingRoom } from './heading-room';

/** A subcategory box laid out in rows keeps room for a row of tiles this tall under its heading, px. */
export const MIN_TILE_ROW = 16;

/**
 * Heading band of a subcategory box of `lines` heading lines, px: whole
 * while the box also has room for a row of tiles (MIN_TILE_ROW) under it,
 * else shrinking (to a third of a very small box) so tiles keep room.
 */
export function subcategoryHeader(
  groupHeight: number,
  headerScale = 1,
  lines = 1,
): number {
  return Math.min(
    headingBand('subcategory', lines, headerScale),
    Math.max(groupHeight / 3, groupHeight - MIN_TILE_ROW * headerScale),
  );
}

/**
 * Fills the area under a subcategory heading with a grid, in reading order;
 * sets the group's headingLines to the lines its band has room for.
 */
export function packTiles(
  items: readonly LayoutItem[],
  group: GroupNode,
  room: HeadingRoom,
  headerScale: number,
): TileNode[] {
  const lines = room.subcategoryLines(group.name, group.count, group.width);
  const header = subcategoryHeader(group.height, headerScale, lines);
  group.headingLines =
    header >= headingBand('subcategory', lines, headerScale) - 0.01 ? lines : 1;
  const top = group.y + header;
  const innerHeight = Math.max(0, group.height - header);
  const pack = packGrid(items.length, group.width, innerHeight);
  // No room at all (a box squeezed to its heading): the tiles sit, empty,
  // at its corner rather than at NaN.
  if (pack.cols === 0) {
    return items.map((item) => ({
      id: item.id,
      groupKey: group.key,
      x: group.x,
      y: top,
      width: 0,
      height: 0,
    }));
  }
  const { width, height } = tileSize(pack);
  return items.map((item, i) => ({
    id: item.id,
    groupKey: group.key,
    x: group.x + (i % pack.cols) * pack.cellWidth,
    y: top + Math.floor(i / pack.cols) * pack.cellHeight,
    width,
    height,
  }));
}
