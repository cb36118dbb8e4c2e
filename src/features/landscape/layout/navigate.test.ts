// @vitest-environment node
import { describe, expect, it } from 'vitest';

import {
  centerOn,
  fitBox,
  isTileInView,
  labelRegion,
  nearestInDirection,
} from './navigate';

import type { TileNode } from './compute-landscape-layout';

// A 3 × 2 grid of 100 × 40 tiles: a b c / d e f
const tile = (id: string, col: number, row: number): TileNode => ({
  id,
  groupKey: 'g',
  x: col * 110,
  y: row * 50,
  width: 100,
  height: 40,
});
const GRID = [
  tile('a', 0, 0),
  tile('b', 1, 0),
  tile('c', 2, 0),
  tile('d', 0, 1),
  tile('e', 1, 1),
  tile('f', 2, 1),
];
const at = (id: string) => GRID.find((t) => t.id === id)!;

describe('nearestInDirection', () => {
  it('moves along rows and columns', () => {
    expect(nearestInDirection(GRID, at('a'), 'right')?.id).toBe('b');
    expect(nearestInDirection(GRID, at('b'), 'down')?.id).toBe('e');
    expect(nearestInDirection(GRID, at('f'), 'left')?.id).toBe('e');
    expect(nearestInDirection(GRID, at('e'), 'up')?.id).toBe('b');
  });

  it('stops at an edge', () => {
    expect(nearestInDirection(GRID, at('c'), 'right')).toBeNull();
    expect(nearestInDirection(GRID, at('a'), 'up')).toBeNull();
  });
});

describe('view helpers', () => {
  it('tells whether a tile is in view and centres on it', () => {
    const t = { x: 0, y: 0, k: 2 };
    expect(isTileInView(at('a'), t, 300, 200)).toBe(true);
    expect(isTileInView(at('f'), t, 300, 200)).toBe(false);
    const centred = centerOn(at('f'), t, 300, 200);
    expect(isTileInView(at('f'), centred, 300, 200)).toBe(true);
  });
});

describe('labelRegion', () => {
  it('covers the visible box with a margin and stays put for small pans', () => {
    const a = labelRegion({ x: 0, y: 0, k: 2 }, 400, 200);
    expect(a.x0).toBeLessThanOrEqual(0);
    expect(a.x1).toBeGreaterThanOrEqual(200);
    expect(a.y1).toBeGreaterThanOrEqual(100);
    expect(labelRegion({ x: -10, y: -5, k: 2 }, 400, 200)).toEqual(a);
  });
});

describe('fitBox', () => {
  it('centres a box and zooms until it fills the view, within the limits', () => {
    const t = fitBox({ x: 100, y: 50, width: 200, height: 100 }, 800, 400, 12);
    expect(t.k).toBeCloseTo((400 - 16) / 100);
    expect(t.x + (100 + 100) * t.k).toBeCloseTo(400);
    expect(t.y + (50 + 50) * t.k).toBeCloseTo(200);
    expect(fitBox({ x: 0, y: 0, width: 1, height: 1 }, 800, 400, 12).k).toBe(
      12,
    );
    expect(
      fitBox({ x: 0, y: 0, width: 900, height: 500 }, 800, 400, 12).k,
    ).toBe(1);
  });
});
