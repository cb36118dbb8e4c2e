// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { readShippedLandscape } from '@/testing/shipped-landscape';

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
