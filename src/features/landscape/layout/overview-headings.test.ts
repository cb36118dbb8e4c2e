// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { readShippedLandscape } from '@/testing/shipped-landscape';

import { chartHeight } from './chart-size';
import { computeLandscapeLayout } from './compute-landscape-layout';
import { fitGroupHeadings } from './heading-fit';

/*
 * The whole shipped landscape's overview: is every category and
 * subcategory heading readable? Readable means shown whole, on one line or
 * wrapped over two. Node has no canvas, so the layout and the fit use the
 * glyph-width estimates; e2e/landscape-whole.spec.ts checks the headings
 * as Chromium draws them.
 */
describe('overview headings on the shipped landscape', () => {
  const { items, categories } = readShippedLandscape().whole;
  // The chart sizes /landscape?category=all gets in a 1440 × 900 and a
  // 390 × 844 window (chartHeight with the page's width).
  const cases = [
    // At the estimates' 0.62 em a glyph, one box falls short by a few
    // pixels; Chromium's measured widths fit it (see the e2e check).
    {
      size: { width: 1232, height: 978 },
      shortened: ['Remote Procedure Call'],
    },
    { size: { width: 358, height: 6392 }, shortened: [] },
  ];
  for (const { size, shortened } of cases) {
    it(`shows every heading whole at ${size.width} px, but ${shortened.length}`, () => {
      const layout = computeLandscapeLayout(items, categories, size);
      const headings = fitGroupHeadings(layout.groups, 1, 1, null);
      expect(layout.groups).toHaveLength(15 + 77);
      const short = layout.groups.filter(
        (g) => headings.get(g.key)?.truncated !== false,
      );
      expect(short.map((g) => g.name)).toEqual(shortened);
      // Those few still show their first word and their count.
      for (const g of short) {
        const text = headings.get(g.key)!.lines.join(' ');
        expect(text).toContain(g.name.split(' ')[0]);
        expect(text).toMatch(new RegExp(`\\(${g.count}\\)$`));
      }
      // Wrapped headings have their two-line band.
      for (const g of layout.groups)
        expect(headings.get(g.key)!.lines.length).toBeLessThanOrEqual(
          g.headingLines,
        );
    });
  }
});

const WORDS = [
  'Data',
  'Governance',
  'Model',
  'Serving',
  'Distributed',
  'Training',
  'Observability',
  'Security',
  'Orchestration',
  'Feature',
  'Stores',
  'Notebooks',
  'Pipelines',
  'Edge',
  'Inference',
  'Evaluation',
  'and',
  'Workflow',
  'Labelling',
  'Vector',
  'Databases',
  'Privacy',
  'Compliance',
];

/**
 * A made-up foundation's landscape (a fixed pseudo-random sequence):
 * `categories` categories of 2 to `maxSubs` subcategories, names of up to
 * `maxWords` words, 1 to 8 items each or, one in three, up to 60.
 */
function madeUpLandscape(
  categories: number,
  maxSubs: number,
  maxWords: number,
) {
  let seed = 7;
  const next = (n: number) => {
    seed = (seed * 48271) % 2147483647;
    return seed % n;
  };
  const name = (words: number) =>
    Array.from({ length: words }, () => WORDS[next(WORDS.length)]).join(' ');
  const cats = Array.from({ length: categories }, (_, c) => ({
    name: `${name(2)} ${c}`,
    subcategories: Array.from(
      { length: 2 + next(maxSubs - 1) },
      (_, s) => `${name(1 + next(maxWords - 1))} ${s}`,
    ),
  }));
  const items = cats.flatMap((c) =>
    c.subcategories.flatMap((s) =>
      Array.from(
        { length: 1 + (next(3) === 0 ? next(60) : next(8)) },
        (_, i) => ({
          id: `${c.name}-${s}-${i}`,
          name: `Item ${i}`,
          category: c.name,
          subcategory: s,
        }),
      ),
    ),
  );
  return { categories: cats, items };
}

/** Headings shortened in the overview at `width` in a window `windowHeight` tall, as the page sizes the chart. */
function shortenedAt(
  landscape: ReturnType<typeof madeUpLandscape>,
  width: number,
  windowHeight: number,
) {
  const { items, categories } = landscape;
  const content = {
    items: items.length,
    groups: categories.reduce((n, c) => n + c.subcategories.length, 0),
  };
  const size = { width, height: chartHeight(width, windowHeight, content) };
  const layout = computeLandscapeLayout(items, categories, size);
  const headings = fitGroupHeadings(layout.groups, 1, 1, null);
  expect(layout.tiles).toHaveLength(items.length);
  return layout.groups.filter((g) => headings.get(g.key)?.truncated !== false);
}

describe('overview headings on other foundations’ landscapes', () => {
  it('shows all but 3 of 72 headings whole for a landscape of 9 categories', () => {
    const landscape = madeUpLandscape(9, 12, 5);
    expect(landscape.items.length).toBeGreaterThan(1000);
    // The 3: four-word names whose two lines would each pass 24
    // characters, the widest a box is made for its heading
    // ("Notebooks Notebooks Serving Distributed 3 (5)").
    expect(shortenedAt(landscape, 1232, 900)).toHaveLength(3);
    expect(shortenedAt(landscape, 358, 844)).toEqual([]);
  });

  it('shortens some in a more crowded one only on a wide screen', () => {
    // 14 categories, 158 subcategories of up to five words: their
    // headings need more room than the chart has (1232 × 1212), so many
    // are shortened there (110 of 172); a phone's taller chart fits all.
    const crowded = madeUpLandscape(14, 16, 6);
    expect(shortenedAt(crowded, 1232, 900).length).toBeLessThanOrEqual(110);
    expect(shortenedAt(crowded, 358, 844)).toEqual([]);
  });
});
