// @vitest-environment node
import { describe, expect, it } from 'vitest';

import {
  distinguishHeadings,
  fitGroupHeadings,
  headingLinesAt,
  subcategoryHeadingWidth,
  wrapHeading,
} from './heading-fit';

import type { HeadingLines } from './heading-fit';

/** Every character 7 px wide: a line of `n` px holds n / 7 characters. */
const fitsChars = (chars: number) => (text: string) => text.length <= chars;
const measure = (text: string, fontPx: number) => text.length * fontPx * 0.6;

describe('wrapHeading', () => {
  it('keeps a heading that fits on one line', () => {
    expect(wrapHeading('Database', 83, 2, fitsChars(20))).toEqual({
      lines: ['Database (83)'],
      truncated: false,
    });
  });

  it('wraps at a space before shortening anything', () => {
    expect(wrapHeading('Application Frameworks', 15, 2, fitsChars(16))).toEqual(
      { lines: ['Application', 'Frameworks (15)'], truncated: false },
    );
  });

  it('shortens only the last line, and keeps the count', () => {
    const h = wrapHeading(
      'Packaging, Registries & Application Delivery',
      5,
      2,
      fitsChars(22),
    );
    expect(h).toEqual({
      lines: ['Packaging, Registries', '& Application Del… (5)'],
      truncated: true,
    });
    expect(h!.lines.every((l) => l.length <= 22)).toBe(true);
  });

  it('keeps at least three letters of a name, else shows the count alone', () => {
    expect(wrapHeading('Evaluation', 5, 1, fitsChars(8))).toEqual({
      lines: ['Eva… (5)'],
      truncated: true,
    });
    expect(wrapHeading('Evaluation', 5, 1, fitsChars(6))).toEqual({
      lines: ['(5)'],
      truncated: true,
    });
    expect(wrapHeading('Evaluation', 500, 1, fitsChars(3))).toBeNull();
  });

  it('never breaks a word and then cuts it', () => {
    // Not "Paa" and "S/Co… (19)": one line, the name's start kept whole.
    expect(wrapHeading('PaaS/Container Service', 19, 2, fitsChars(12))).toEqual(
      {
        lines: ['PaaS/C… (19)'],
        truncated: true,
      },
    );
  });

  it('breaks a word only when it is wider than the box', () => {
    expect(wrapHeading('Observability', 7, 2, fitsChars(9))).toEqual({
      lines: ['Observab-', 'ility (7)'],
      truncated: false,
    });
  });
});

describe('headingLinesAt', () => {
  it('gives a heading two lines where one line is too narrow', () => {
    const oneLine = subcategoryHeadingWidth('Database', 83);
    expect(headingLinesAt('subcategory', 'Database', 83, 400)).toBe(1);
    expect(headingLinesAt('subcategory', 'Database', 83, oneLine - 20)).toBe(2);
  });

  it('uses the measure where given', () => {
    const wide = (t: string) => t.length * 100;
    expect(headingLinesAt('category', 'Data', 17, 300, 1, wide)).toBe(2);
    expect(headingLinesAt('category', 'Data', 17, 300)).toBe(1);
  });
});

describe('subcategoryHeadingWidth', () => {
  it('is the one-line width of a short heading', () => {
    expect(subcategoryHeadingWidth('Data', 9)).toBeLessThan(
      subcategoryHeadingWidth('Data Science', 9),
    );
  });

  it('is the narrowest width that holds a long heading whole in two lines', () => {
    const width = subcategoryHeadingWidth(
      'Application Frameworks',
      15,
      1,
      measure,
    );
    // "Frameworks (15)", 15 characters at 7.2 px, and the padding.
    expect(width).toBe(Math.ceil(15 * 7.2 + 8));
    const pad = 8;
    const fits = (t: string) => measure(t, 12) <= width - pad;
    expect(wrapHeading('Application Frameworks', 15, 2, fits)?.truncated).toBe(
      false,
    );
  });

  it('is capped for a very long name, which is then shortened', () => {
    const long =
      'Kubernetes and Cloud Native Training Partner Programme Graduates';
    expect(subcategoryHeadingWidth(long, 3, 1, measure)).toBe(
      Math.ceil(24 * 12 * 0.62 + 8),
    );
  });
});

describe('distinguishHeadings', () => {
  it('makes shortened headings that read the same distinct', () => {
    const source = new Map([
      ['a', { name: 'Evaluation', count: 5 }],
      ['b', { name: 'Evaluation and Testing', count: 3 }],
    ]);
    const headings = new Map<string, HeadingLines | null>([
      ['a', { lines: ['Eval… (5)'], truncated: true }],
      ['b', { lines: ['Eval… (3)'], truncated: true }],
    ]);
    distinguishHeadings(headings, source, () => fitsChars(16));
    const a = headings.get('a')!.lines.join(' ');
    const b = headings.get('b')!.lines.join(' ');
    expect(a.replace(/ \(\d+\)$/, '')).not.toBe(b.replace(/ \(\d+\)$/, ''));
    expect(b).toMatch(/…Testing \(3\)$/);
    expect(b.length).toBeLessThanOrEqual(16);
  });
});

describe('fitGroupHeadings', () => {
  const group = (
    key: string,
    name: string,
    width: number,
    headingLines = 1,
  ) => ({
    key,
    level: 'subcategory' as const,
    name,
    count: 12,
    width,
    headingLines,
  });

  it('fits each heading to its box and band, at any zoom', () => {
    const groups = [
      group('a', 'Embedded Functions', 120, 2),
      group('b', 'Embedded Functions', 120, 1),
    ];
    const fitted = fitGroupHeadings(groups, 1, 1, measure);
    expect(fitted.get('a')).toEqual({
      lines: ['Embedded', 'Functions (12)'],
      truncated: false,
    });
    expect(fitted.get('b')?.truncated).toBe(true);
    // Zoomed in twice, the box is twice as wide on screen.
    expect(fitGroupHeadings(groups, 2, 1, measure).get('b')).toEqual({
      lines: ['Embedded Functions (12)'],
      truncated: false,
    });
  });
});
