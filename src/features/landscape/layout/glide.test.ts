import { describe, expect, it } from 'vitest';

import {
  anyTileMoves,
  GLIDE_MAX_TILES,
  GLIDE_MS,
  glideFrame,
  glideMs,
  labelFitsMidGlide,
  tilesById,
} from './glide';

import type { TileNode } from './compute-landscape-layout';

const tile = (id: string, x: number, y: number, size: number): TileNode => ({
  id,
  x,
  y,
  width: size,
  height: size,
  groupKey: 'Cat/Sub',
});

describe('glideMs', () => {
  it('glides a small view for GLIDE_MS, within the house 150–300 ms', () => {
    expect(glideMs(217, 12, true)).toBe(GLIDE_MS);
    expect(GLIDE_MS).toBeGreaterThanOrEqual(150);
    expect(GLIDE_MS).toBeLessThanOrEqual(300);
  });

  it('shows a change of thousands of tiles at once, either way', () => {
    expect(glideMs(2413, 38, true)).toBe(0);
    expect(glideMs(38, 2413, true)).toBe(0);
    expect(glideMs(GLIDE_MAX_TILES, GLIDE_MAX_TILES, true)).toBe(GLIDE_MS);
    expect(glideMs(GLIDE_MAX_TILES + 1, 10, true)).toBe(0);
  });

  it('never glides under reduced motion or from or to an empty chart', () => {
    expect(glideMs(217, 12, false)).toBe(0);
    expect(glideMs(0, 12, true)).toBe(0);
    expect(glideMs(12, 0, true)).toBe(0);
  });
});

describe('glideFrame', () => {
  const before = [tile('a', 0, 0, 10), tile('b', 10, 0, 10)];
  const after = [tile('a', 100, 50, 40), tile('c', 0, 0, 20)];
  const from = tilesById(before);

  it('starts where the tiles were and ends on the target itself', () => {
    const start = glideFrame(after, from, 0);
    expect(start[0]).toMatchObject({ x: 0, y: 0, width: 10 });
    expect(glideFrame(after, from, 1)).toBe(after);
    expect(glideFrame(after, null, 0.5)).toBe(after);
  });

  it('moves tiles most of the way early (ease-out) and adds new tiles in place', () => {
    const mid = glideFrame(after, from, 0.5);
    // Cubic ease-out: 87.5 % of the way at half the time.
    expect(mid[0]!.x).toBeCloseTo(87.5);
    expect(mid[0]!.width).toBeCloseTo(10 + 30 * 0.875);
    expect(mid[1]).toBe(after[1]);
  });
});

describe('labelFitsMidGlide', () => {
  const settled = tile('a', 0, 0, 40);

  it('holds a growing tile’s label back until it has its settled size', () => {
    expect(labelFitsMidGlide({ width: 20, height: 20 }, settled)).toBe(false);
    expect(labelFitsMidGlide({ width: 40, height: 39.8 }, settled)).toBe(true);
  });

  it('keeps the label of a tile shrinking to its place, and of a settled tile', () => {
    expect(labelFitsMidGlide({ width: 80, height: 60 }, settled)).toBe(true);
    expect(labelFitsMidGlide(settled, settled)).toBe(true);
    expect(labelFitsMidGlide({ width: 1, height: 1 }, undefined)).toBe(true);
  });
});

describe('anyTileMoves', () => {
  const before = [tile('a', 0, 0, 10), tile('b', 10, 0, 10)];

  it('is false for the same view laid out again, and glideFrame keeps its tiles', () => {
    const again = before.map((t) => ({ ...t }));
    expect(anyTileMoves(again, tilesById(before))).toBe(false);
    const frame = glideFrame(again, tilesById(before), 0.3);
    expect(frame[0]).toBe(again[0]);
  });

  it('is true when a tile that stays moves, not when tiles only come or go', () => {
    expect(anyTileMoves([tile('a', 0, 0, 12)], tilesById(before))).toBe(true);
    expect(anyTileMoves([tile('c', 5, 5, 10)], tilesById(before))).toBe(false);
  });
});
