// @vitest-environment node
import { describe, expect, it } from 'vitest';

import {
  computeLandscapeLayout,
  groupItems,
  isMembershipCategory,
} from './compute-landscape-layout';
import { packGrid, TILE_ASPECT, tileSize } from './grid-pack';
import { subcategoryHeader } from './pack-tiles';

import type { LayoutItem, TileNode } from './compute-landscape-layout';

function items(category: string, subcategory: string, n: number): LayoutItem[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `${subcategory.toLowerCase()}-${i}`,
    name: `${subcategory} ${String(i).padStart(2, '0')}`,
    category,
    subcategory,
  }));
}

const CATEGORIES = [
  { name: 'Obs', subcategories: ['Metrics', 'Chaos', 'Empty'] },
  { name: 'Runtime', subcategories: ['Storage'] },
];
const FIXTURE = [
  ...items('Obs', 'Metrics', 20),
  ...items('Obs', 'Chaos', 3),
  ...items('Runtime', 'Storage', 7),
];

const overlaps = (a: TileNode, b: TileNode) =>
  a.x < b.x + b.width - 1e-6 &&
  b.x < a.x + a.width - 1e-6 &&
  a.y < b.y + b.height - 1e-6 &&
  b.y < a.y + a.height - 1e-6;

describe('computeLandscapeLayout', () => {
  it('keeps every coordinate a number when a box is squeezed to its heading', () => {
    const many = Array.from({ length: 40 }, (_, i) =>
      items(`Cat ${i}`, `Sub ${i}`, i % 7 === 0 ? 60 : 1),
    ).flat();
    const cats = Array.from({ length: 40 }, (_, i) => ({
      name: `Cat ${i}`,
      subcategories: [`Sub ${i}`],
    }));
    const tight = computeLandscapeLayout(many, cats, {
      width: 358,
      height: 300,
    });
    expect(tight.tiles).toHaveLength(many.length);
    for (const t of tight.tiles) {
      expect(Number.isFinite(t.x + t.y + t.width + t.height)).toBe(true);
    }
  });

  const size = { width: 1000, height: 600 };
  const layout = computeLandscapeLayout(FIXTURE, CATEGORIES, size);

  it('gives every item exactly one tile and drops empty subcategories', () => {
    expect(layout.tiles).toHaveLength(30);
    expect(new Set(layout.tiles.map((t) => t.id)).size).toBe(30);
    expect(layout.groups.map((g) => g.key).sort()).toEqual(
      ['Obs', 'Obs/Chaos', 'Obs/Metrics', 'Runtime', 'Runtime/Storage'].sort(),
    );
  });

  it('keeps tiles inside their subcategory, below its heading, without overlap', () => {
    for (const tile of layout.tiles) {
      const group = layout.groups.find((g) => g.key === tile.groupKey)!;
      expect(tile.x).toBeGreaterThanOrEqual(group.x - 1e-6);
      expect(tile.y).toBeGreaterThanOrEqual(
        group.y + subcategoryHeader(group.height) - 1e-6,
      );
      expect(tile.x + tile.width).toBeLessThanOrEqual(
        group.x + group.width + 1e-6,
      );
      expect(tile.y + tile.height).toBeLessThanOrEqual(
        group.y + group.height + 1e-6,
      );
    }
    for (let i = 0; i < layout.tiles.length; i += 1) {
      for (let j = i + 1; j < layout.tiles.length; j += 1) {
        expect(overlaps(layout.tiles[i]!, layout.tiles[j]!)).toBe(false);
      }
    }
  });

  it('keeps groups inside the chart and gives bigger subcategories more room', () => {
    for (const g of layout.groups) {
      expect(g.x).toBeGreaterThanOrEqual(0);
      expect(g.y).toBeGreaterThanOrEqual(0);
      expect(g.x + g.width).toBeLessThanOrEqual(size.width + 1e-6);
      expect(g.y + g.height).toBeLessThanOrEqual(size.height + 1e-6);
    }
    const area = (key: string) => {
      const g = layout.groups.find((x) => x.key === key)!;
      return g.width * g.height;
    };
    expect(area('Obs/Metrics')).toBeGreaterThan(area('Obs/Chaos'));
    expect(layout.groups.find((g) => g.key === 'Obs')?.count).toBe(23);
  });

  it('orders tiles by name in reading order', () => {
    const chaos = layout.tiles.filter((t) => t.groupKey === 'Obs/Chaos');
    expect(chaos.map((t) => t.id)).toEqual(['chaos-0', 'chaos-1', 'chaos-2']);
  });

  it('keeps items of subcategories the category list does not name', () => {
    const extra = [
      ...FIXTURE,
      ...items('Obs', 'Unlisted', 2),
      ...items('New', 'Thing', 1),
    ];
    const result = computeLandscapeLayout(extra, CATEGORIES, size);
    expect(result.tiles).toHaveLength(33);
    expect(result.groups.some((g) => g.key === 'New/Thing')).toBe(true);
  });

  it('draws no category heading when there is one category', () => {
    const one = computeLandscapeLayout(
      items('Obs', 'Metrics', 5),
      CATEGORIES,
      size,
    );
    expect(one.groups.map((g) => g.level)).toEqual(['subcategory']);
  });

  it('stacks subcategories in full-width bands on a phone', () => {
    const narrow = computeLandscapeLayout(
      items('Obs', 'Metrics', 5).concat(items('Obs', 'Chaos', 3)),
      CATEGORIES,
      { width: 360, height: 500 },
    );
    const subs = narrow.groups.filter((g) => g.level === 'subcategory');
    expect(subs).toHaveLength(2);
    for (const g of subs) expect(g.width).toBeGreaterThan(340);
  });

  it('returns an empty layout for no items or no room', () => {
    expect(computeLandscapeLayout([], CATEGORIES, size).tiles).toEqual([]);
    expect(
      computeLandscapeLayout(FIXTURE, CATEGORIES, { width: 0, height: 400 })
        .tiles,
    ).toEqual([]);
  });

  it('makes room for larger headings when asked (booth screens)', () => {
    const big = computeLandscapeLayout(FIXTURE, CATEGORIES, size, {
      headerScale: 2,
    });
    expect(big.tiles).toHaveLength(30);
    for (const group of big.groups.filter((g) => g.level === 'subcategory')) {
      const top = Math.min(
        ...big.tiles.filter((t) => t.groupKey === group.key).map((t) => t.y),
      );
      expect(top - group.y).toBeCloseTo(subcategoryHeader(group.height, 2));
      expect(top - group.y).toBeGreaterThan(subcategoryHeader(group.height));
    }
  });

  it('is deterministic', () => {
    expect(computeLandscapeLayout(FIXTURE, CATEGORIES, size)).toEqual(layout);
  });
});

describe('groupItems', () => {
  it('follows the category order and sorts items by name', () => {
    const tree = groupItems(
      [
        ...items('Runtime', 'Storage', 1),
        ...items('Obs', 'Chaos', 2).reverse(),
      ],
      CATEGORIES,
    );
    expect(tree.map((c) => c.name)).toEqual(['Obs', 'Runtime']);
    expect(tree[0]?.children?.[0]?.items?.map((i) => i.id)).toEqual([
      'chaos-0',
      'chaos-1',
    ]);
  });
});

describe('packGrid', () => {
  it('fills a wide box with wide cells', () => {
    const pack = packGrid(12, 600, 200);
    expect(pack.cols * pack.rows).toBeGreaterThanOrEqual(12);
    expect(pack.cellWidth / pack.cellHeight).toBeGreaterThan(1.5);
    expect(pack.cellWidth / pack.cellHeight).toBeLessThan(TILE_ASPECT * 2);
  });

  it('stacks in one column when the box is tall and narrow', () => {
    expect(packGrid(4, 100, 800).cols).toBe(1);
  });

  it('handles nothing to pack', () => {
    expect(packGrid(0, 100, 100)).toEqual({
      cols: 0,
      rows: 0,
      cellWidth: 0,
      cellHeight: 0,
    });
  });

  it('keeps tiles within the aspect limits', () => {
    const { width, height } = tileSize({
      cols: 1,
      rows: 1,
      cellWidth: 900,
      cellHeight: 50,
    });
    expect(width / height).toBeLessThanOrEqual(4 + 1e-9);
  });
});

describe('the overview of a whole landscape', () => {
  it('tells a membership category by its name or its tiers', () => {
    expect(isMembershipCategory('CNCF Members', ['Platinum'])).toBe(true);
    expect(
      isMembershipCategory('Foundation', ['Premier', 'General', 'Associate']),
    ).toBe(true);
    expect(
      isMembershipCategory('Special', [
        'Kubernetes Certified Service Provider',
        'Certified CNFs',
      ]),
    ).toBe(false);
    // One tier-like word alone is not enough.
    expect(isMembershipCategory('Misc', ['General'])).toBe(false);
  });

  it('lays the members out last even when they are the largest', () => {
    const members = Array.from({ length: 40 }, (_, i) => ({
      id: `m${i}`,
      name: `Member ${i}`,
      category: 'Supporters',
      subcategory: i % 2 ? 'Gold' : 'Silver',
    }));
    const layout = computeLandscapeLayout(
      [...members, ...FIXTURE],
      [
        { name: 'Supporters', subcategories: ['Gold', 'Silver'] },
        ...CATEGORIES,
      ],
      { width: 900, height: 600 },
    );
    const categories = layout.groups.filter((g) => g.level === 'category');
    expect(categories.at(-1)?.name).toBe('Supporters');
    expect(categories.at(-1)?.count).toBe(40);
    // Every subcategory still has its box, in its category.
    for (const g of layout.groups.filter((g) => g.level === 'subcategory')) {
      const parent = categories.find((c) => c.name === g.category)!;
      expect(g.x).toBeGreaterThanOrEqual(parent.x);
      expect(g.x + g.width).toBeLessThanOrEqual(parent.x + parent.width + 1e-6);
    }
  });
});
