import { CATEGORY_FONT_PX, SUBCATEGORY_FONT_PX } from './label-fit';
import { distinctShortening, shortenToFit, takeLine } from './tile-labels';

import type { MeasureText } from './label-fit';

/** A group heading as drawn: one or two lines, the count on the last. */
export type HeadingLines = {
  lines: string[];
  /** Whether the name had to be shortened (hover and focus show it whole). */
  truncated: boolean;
};

export type HeadingLevel = 'category' | 'subcategory';

/** Heading bands, px at scale 1: the first line's band, and each further line. */
export const HEADING_BAND = {
  category: { first: 24, next: 17 },
  subcategory: { first: 20, next: 14 },
} as const;
/** Lines a heading may wrap over before its name is shortened. */
export const MAX_HEADING_LINES = 2;
/** Space before and after a heading's text in its box, px at scale 1. */
export const HEADING_PAD_PX = 4;
/**
 * Glyph width of headings (semi-bold and bold) as a share of the size,
 * where nothing measures: the average, and the widest, of the shipped
 * headings in Chromium's system-ui on Linux (DejaVu Sans), 0.59 and 0.66.
 * The layout sizes boxes with the first (a little over) and decides a band's lines with
 * the second, so a heading it gives one line never needs two.
 */
const HEADING_GLYPH_WIDTH = 0.62;
const WIDEST_GLYPH_WIDTH = 0.66;
/** A line of a box's minimum width holds at least, and need hold no more than, these many characters. */
const MIN_LINE_CHARS = 12;
const MAX_LINE_CHARS = 24;

/** Height of a heading band of `lines` lines, px at `scale`. */
export function headingBand(level: HeadingLevel, lines: number, scale = 1) {
  const band = HEADING_BAND[level];
  return (band.first + Math.max(0, lines - 1) * band.next) * scale;
}

/** The heading font size of a level, px at `scale`. */
function headingFontPx(level: HeadingLevel, scale = 1): number {
  return (
    (level === 'category' ? CATEGORY_FONT_PX : SUBCATEGORY_FONT_PX) * scale
  );
}

/**
 * A heading, `Name (count)`, in up to `maxLines` lines that each pass
 * `fits`: whole on one line, else wrapped at spaces (hyphens, or inside a
 * word only if one word is wider than the box), and only then the name's
 * end shortened with an ellipsis before the count, which always stays.
 * Else the count alone, else `null`.
 */
export function wrapHeading(
  name: string,
  count: number,
  maxLines: number,
  fits: (text: string) => boolean,
): HeadingLines | null {
  const whole = `${name} (${count})`;
  const words = whole.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let rest = words;
  while (rest.length > 0 && lines.length < maxLines) {
    const taken = takeLine(rest, fits);
    if (!taken) break;
    lines.push(taken[0]);
    rest = taken[1];
  }
  if (rest.length === 0) return { lines, truncated: false };
  const suffix = ` (${count})`;
  const head: string[] = [];
  let nameRest = name.split(/\s+/).filter(Boolean);
  while (nameRest.length > 1 && head.length < maxLines - 1) {
    const taken = takeLine(nameRest, fits);
    // Whole words only: a word broken and then cut reads as neither.
    if (!taken || taken[1].length === 0) break;
    if (!startsWithWords(name, [...head, taken[0]].join(' '))) break;
    head.push(taken[0]);
    nameRest = taken[1];
  }
  const tail = nameRest.join(' ');
  const cut = shortenToFit(tail, (t) => fits(`${t}${suffix}`), 3);
  if (cut) return { lines: [...head, `${cut}${suffix}`], truncated: true };
  const alone = `(${count})`;
  return fits(alone) ? { lines: [alone], truncated: true } : null;
}

/** Whether `text` is `name`'s first whole words. */
function startsWithWords(name: string, text: string): boolean {
  return name.startsWith(text) && /^(\s|$)/.test(name.slice(text.length));
}

/** Glyph-width estimate of a heading's text width, px. */
function estimate(text: string, fontPx: number): number {
  return text.length * fontPx * HEADING_GLYPH_WIDTH;
}

/** Heading weights: categories bold, subcategories semi-bold. */
export const HEADING_WEIGHT = { category: 700, subcategory: 600 } as const;

/**
 * Width of heading text, px: measured where `measure` is given, else
 * estimated with `glyph` (a share of the font size per character).
 */
function textWidth(
  level: HeadingLevel,
  scale: number,
  measure: MeasureText | null,
  glyph: number,
): (text: string) => number {
  const fontPx = headingFontPx(level, scale);
  return measure
    ? (t) => measure(t, fontPx, HEADING_WEIGHT[level])
    : (t) => t.length * fontPx * glyph;
}

/**
 * Width of a box that holds `Name (count)` on one line, px: measured, or
 * estimated with the widest glyphs so that it never falls short.
 */
export function headingOneLineWidth(
  level: HeadingLevel,
  name: string,
  count: number,
  scale = 1,
  measure: MeasureText | null = null,
): number {
  const wide = textWidth(level, scale, measure, WIDEST_GLYPH_WIDTH);
  return wide(`${name} (${count})`) + 2 * HEADING_PAD_PX * scale;
}

/**
 * Lines the heading of a `width`-px box takes at the fitted view (zoom 1):
 * one if `Name (count)` fits on one line, else two (the layout gives the
 * box a band this tall). Measured with `measure`, else estimated with the
 * widest glyphs, so a heading given one line never needs two.
 */
export function headingLinesAt(
  level: HeadingLevel,
  name: string,
  count: number,
  width: number,
  scale = 1,
  measure: MeasureText | null = null,
): number {
  const oneLine = headingOneLineWidth(level, name, count, scale, measure);
  return width >= oneLine ? 1 : MAX_HEADING_LINES;
}

/**
 * Width a subcategory box needs for a readable heading, px at the fitted
 * view: the narrowest at which `Name (count)` fits whole in two lines
 * broken between words, but lines at least MIN_LINE_CHARS characters wide
 * (a short heading stays on one line) and at most MAX_LINE_CHARS (a very
 * long name is shortened rather than take a whole column). Measured with
 * `measure`, else estimated; kept per name, count and scale.
 */
export function subcategoryHeadingWidth(
  name: string,
  count: number,
  scale = 1,
  measure: MeasureText | null = null,
): number {
  const key = `${measure ? 'm' : 'e'}|${scale}|${count}|${name}`;
  let width = minWidths.get(key);
  if (width === undefined) {
    width = headingWidth(name, count, scale, measure);
    minWidths.set(key, width);
  }
  return width;
}

/** subcategoryHeadingWidth's results: a layout asks for each many times. */
const minWidths = new Map<string, number>();

function headingWidth(
  name: string,
  count: number,
  scale: number,
  measure: MeasureText | null,
): number {
  const width = textWidth('subcategory', scale, measure, HEADING_GLYPH_WIDTH);
  const charPx = headingFontPx('subcategory', scale) * HEADING_GLYPH_WIDTH;
  const pad = 2 * HEADING_PAD_PX * scale;
  const whole = `${name} (${count})`;
  const words = whole.split(/\s+/).filter(Boolean);
  const low = Math.max(
    Math.min(width(whole), MIN_LINE_CHARS * charPx),
    ...words.map(width),
  );
  if (width(whole) <= low) return Math.ceil(width(whole) + pad);
  // The narrowest fit is the width of some run of words on one line.
  const runs: number[] = [];
  for (let a = 0; a < words.length; a += 1)
    for (let b = a + 1; b <= words.length; b += 1)
      runs.push(width(words.slice(a, b).join(' ')));
  const fitsIn = (w: number) =>
    wrapHeading(name, count, MAX_HEADING_LINES, (t) => width(t) <= w)
      ?.truncated === false;
  const high = MAX_LINE_CHARS * charPx;
  const best = runs
    .filter((w) => w >= low && w <= high)
    .sort((a, b) => a - b)
    .find(fitsIn);
  return Math.ceil((best ?? high) + pad);
}

/** The name part of a drawn heading (without its count). */
function namePart(heading: HeadingLines): string {
  return heading.lines
    .join(' ')
    .replace(/\s*\(\d+\)$/, '')
    .trim();
}

/**
 * Makes shortened headings that read like another heading distinct: each
 * keeps the end of its name instead ("Eva…tion (5)", "Eva…ence (3)"), or,
 * where nothing distinct fits, shows its count alone. `fitsOf` gives the
 * line test of a heading's box. Changes `headings` in place.
 */
export function distinguishHeadings(
  headings: Map<string, HeadingLines | null>,
  source: ReadonlyMap<string, { name: string; count: number }>,
  fitsOf: (key: string) => (text: string) => boolean,
): void {
  const byText = new Map<string, string[]>();
  for (const [key, h] of headings) {
    if (!h?.truncated) continue;
    const text = namePart(h);
    if (!text) continue;
    byText.set(text, [...(byText.get(text) ?? []), key]);
  }
  const taken = new Set<string>();
  for (const h of headings.values()) if (h) taken.add(namePart(h));
  for (const keys of byText.values()) {
    if (keys.length < 2) continue;
    for (const key of keys) {
      const h = headings.get(key)!;
      const { name, count } = source.get(key)!;
      const fits = fitsOf(key);
      // Lines before the last stay if they are the name's start (not a
      // word broken with a hyphen); the rest ends with the name's end.
      const start = h.lines.slice(0, -1);
      const head = startsWithWords(name, start.join(' ')) ? start : [];
      const rest = name.slice(head.join(' ').length).trim();
      const end = distinctEnd(rest, count, fits, taken);
      headings.set(key, {
        lines: end ? [...head, end] : [`(${count})`],
        truncated: true,
      });
      if (end) taken.add(namePart({ lines: [...head, end], truncated: true }));
    }
  }
}

/** `Sta…end (count)`: a shortening of the name unlike any in `taken` (see distinctShortening). */
function distinctEnd(
  name: string,
  count: number,
  fits: (text: string) => boolean,
  taken: ReadonlySet<string>,
): string | null {
  const text = distinctShortening(
    name,
    (t) => fits(`${t} (${count})`),
    (t) => taken.has(t),
  );
  return text && `${text} (${count})`;
}

/**
 * Every group's heading at zoom `k`, fitted to its box with `measure`
 * (or the estimate): categories on one line or two, subcategories on as
 * many lines as the layout gave their band (see GroupNode.headingLines);
 * then no two shortened ones read the same. Pure; px in, text out.
 */
export function fitGroupHeadings(
  groups: readonly {
    key: string;
    level: HeadingLevel;
    name: string;
    count: number;
    width: number;
    headingLines: number;
  }[],
  k: number,
  scale: number,
  measureText: MeasureText | null,
): Map<string, HeadingLines | null> {
  const fitsOf = new Map<string, (text: string) => boolean>();
  const headings = new Map<string, HeadingLines | null>();
  for (const g of groups) {
    const fontPx = headingFontPx(g.level, scale);
    const room = g.width * k - 2 * HEADING_PAD_PX * scale;
    const weight = HEADING_WEIGHT[g.level];
    const fits = (t: string) =>
      (measureText ? measureText(t, fontPx, weight) : estimate(t, fontPx)) <=
      room;
    fitsOf.set(g.key, fits);
    headings.set(g.key, wrapHeading(g.name, g.count, g.headingLines, fits));
  }
  distinguishHeadings(headings, new Map(groups.map((g) => [g.key, g])), (key) =>
    fitsOf.get(key)!,
  );
  return headings;
}
