// @vitest-environment node
import { describe, expect, it } from 'vitest';

import {
  intersects,
  onHeadingBand,
  subcategoryAt,
  tileAt,
  toLayoutPoint,
  visibleRegion,
} from './hit-test';

import type { GroupNode, TileNode } from './compute-landscape-layout';

const tile = (id: string, x: number, y: number): TileNode => ({
  id,
  groupKey: 'A/B',
  x,
  y,
  width: 20,
  height: 10,
});
const TILES = [tile('a', 10, 30), tile('b', 40, 30), tile('c', 10, 50)];
const GROUPS: GroupNode[] = [
  {
    key: 'A',
    level: 'category',
    headingLines: 1,
    name: 'A',
    category: 'A',
    x: 0,
    y: 0,
    width: 100,
    height: 100,
    count: 3,
  },
  {
    key: 'A/B',
    level: 'subcategory',
    headingLines: 1,
    name: 'B',
    category: 'A',
    x: 5,
    y: 24,
    width: 90,
    height: 70,
    count: 3,
  },
];

describe('hit testing', () => {
  it('maps a screen point through the zoom transform', () => {
    expect(toLayoutPoint({ x: -100, y: -50, k: 2 }, 140, 110)).toEqual({
      x: 120,
      y: 80,
    });
  });

  it('finds the tile under a point, and none in a gap', () => {
    expect(tileAt(TILES, 45, 35)?.id).toBe('b');
    expect(tileAt(TILES, 10, 60)?.id).toBe('c');
    expect(tileAt(TILES, 35, 35)).toBeNull();
  });

  it('finds the subcategory under a point, never a category', () => {
    expect(subcategoryAt(GROUPS, 50, 26)?.name).toBe('B');
    expect(subcategoryAt(GROUPS, 2, 2)).toBeNull();
  });

  it('culls by the visible region of a zoomed view', () => {
    const region = visibleRegion({ x: -60, y: 0, k: 2 }, 100, 100);
    expect(region).toEqual({ x0: 30, y0: 0, x1: 80, y1: 50 });
    expect(intersects(TILES[0]!, region)).toBe(true); // a: 10–30 touches 30
    expect(intersects(tile('far', 85, 0), region)).toBe(false);
  });
});

describe('onHeadingBand', () => {
  const sub = GROUPS[1]!;

  it('finds a heading band of one or two lines', () => {
    expect(onHeadingBand(sub, 24 + 10, 1)).toBe(true);
    expect(onHeadingBand(sub, 24 + 30, 1)).toBe(false);
    expect(onHeadingBand({ ...sub, headingLines: 2 }, 24 + 30, 1)).toBe(true);
  });

  it('narrows to the text as the view zooms in', () => {
    expect(onHeadingBand(sub, 24 + 16, 4)).toBe(false);
    expect(onHeadingBand(sub, 24 + 8, 4)).toBe(true);
  });
});
