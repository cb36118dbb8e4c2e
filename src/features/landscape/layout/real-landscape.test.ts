// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { readShippedLandscape } from '@/testing/shipped-landscape';

import { computeLandscapeLayout } from './compute-landscape-layout';

/* The layout on the shipped CNCF landscape (all 2,413 items, 15 categories). */
describe('computeLandscapeLayout on the real landscape', () => {
  const landscape = readShippedLandscape().whole;

  it('lays out every item of every category without overlap', () => {
    expect(landscape.items).toHaveLength(2413);
    expect(landscape.categories).toHaveLength(15);
    const size = { width: 1232, height: 739 };
    const runs = Array.from({ length: 5 }, () => {
      const started = performance.now();
      computeLandscapeLayout(landscape.items, landscape.categories, size);
      return performance.now() - started;
    });
    console.info(
      `layout of 2,413 items at 1232×739, ms per run (Node): ${runs.map((r) => r.toFixed(1)).join(', ')}`,
    );
    const layout = computeLandscapeLayout(
      landscape.items,
      landscape.categories,
      size,
    );
    expect(layout.tiles).toHaveLength(2413);
    expect(layout.groups.filter((g) => g.level === 'category')).toHaveLength(
      15,
    );
    // 80 subcategories, 3 of them empty.
    expect(layout.groups.filter((g) => g.level === 'subcategory')).toHaveLength(
      77,
    );
    for (const t of layout.tiles) {
      expect(t.width).toBeGreaterThan(0);
      expect(t.height).toBeGreaterThan(0);
    }
    const obs = layout.tiles.filter((t) =>
      t.groupKey.startsWith('Observability and Analysis/'),
    );
    expect(obs).toHaveLength(217);
  });
});
