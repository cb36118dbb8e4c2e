// @vitest-environment node
import { describe, expect, it } from 'vitest';

import {
  computeLandscapeLayout,
  SUBCATEGORY_HEADER,
} from './compute-landscape-layout';
import { subcategoryHeadingWidth } from './heading-fit';
import { subcategoryHeader } from './pack-tiles';
import { rowHeights } from './subcategory-rows';

import type { LayoutItem } from './compute-landscape-layout';

function items(category: string, subcategory: string, n: number): LayoutItem[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `${category}-${subcategory}-${i}`.toLowerCase().replace(/\W+/g, '-'),
    name: `${subcategory} ${i}`,
    category,
    subcategory,
  }));
}

describe('rowHeights', () => {
  it('is proportional when every row has room', () => {
    expect(rowHeights([3, 1], 400, 40)).toEqual([300, 100]);
  });

  it('gives a small row its minimum height, taken from the others', () => {
    const heights = rowHeights([96, 2, 2], 400, 40);
    expect(heights.slice(1)).toEqual([40, 40]);
    expect(heights[0]).toBeCloseTo(320);
  });

  it('stays proportional when the minimums cannot all fit', () => {
    expect(rowHeights([1, 1, 1], 60, 40)).toEqual([20, 20, 20]);
  });
});

describe('subcategory headings in the layout', () => {
  // A foundation's file with one large subcategory and several small ones
  // with long names: squarified, the small ones come out as slivers.
  const small = [
    'Continuous Optimization',
    'Chaos Engineering',
    'Feature Flagging',
    'Coordination & Service Discovery',
  ];
  const categories = [
    { name: 'Observability', subcategories: ['Monitoring', ...small] },
    { name: 'Runtime', subcategories: ['Storage'] },
  ];
  const fixture = [
    ...items('Observability', 'Monitoring', 160),
    ...small.flatMap((s, i) => items('Observability', s, 4 + i * 3)),
    ...items('Runtime', 'Storage', 40),
  ];

  it('keeps each subcategory box wide enough for a readable heading', () => {
    const layout = computeLandscapeLayout(fixture, categories, {
      width: 900,
      height: 600,
    });
    const subs = layout.groups.filter((g) => g.level === 'subcategory');
    expect(subs).toHaveLength(6);
    for (const g of subs) {
      expect(g.width, g.name).toBeGreaterThanOrEqual(
        subcategoryHeadingWidth(g.name, g.count) - 0.5,
      );
      // Room under the heading for a row of tiles.
      expect(g.height, g.name).toBeGreaterThanOrEqual(30);
    }
    expect(layout.tiles).toHaveLength(fixture.length);
    for (const t of layout.tiles) expect(t.height).toBeGreaterThan(0);
  });

  it('asks for the width that holds a heading whole in two lines', () => {
    const long = subcategoryHeadingWidth('Coordination & Service Discovery', 9);
    // "Service Discovery (9)": 21 characters at 12 px × 0.62, and padding.
    expect(long).toBe(Math.ceil(21 * 12 * 0.62 + 8));
    expect(subcategoryHeadingWidth('Data', 9)).toBeLessThan(long);
  });
});

describe('subcategoryHeader', () => {
  it('keeps the whole heading band over one row of tiles in a short box', () => {
    expect(subcategoryHeader(36)).toBe(SUBCATEGORY_HEADER);
    expect(subcategoryHeader(30)).toBe(14);
    expect(subcategoryHeader(12)).toBe(4);
  });

  it('is a line taller for a two-line heading, where the box has room', () => {
    expect(subcategoryHeader(60, 1, 2)).toBe(SUBCATEGORY_HEADER + 14);
    expect(subcategoryHeader(40, 1, 2)).toBe(24);
  });
});
