import { MAX_LABEL_PX, MIN_LABEL_PX } from './label-fit';

import type { MeasureText } from './label-fit';

/** Line height as a share of the font size. */
export const LINE_HEIGHT = 1.2;
/** Space around a label block inside its tile, screen px. */
const PAD_PX = 4;
/** A typical name, characters: the view's type size lets it fit one line. */
const TYPICAL_CHARS = 11;
/** Glyph width estimate (share of the font size) where nothing can measure. */
const GLYPH_WIDTH = 0.6;

/** Where a label's lines sit; sizes in layout px (screen px ÷ zoom). */
export type TileLabelLines = {
  lines: string[];
  fontSize: number;
  /** Whether the name had to be shortened (hover and focus show it whole). */
  truncated: boolean;
};

export type LabelTile = { id: string; width: number; height: number };

export type LabelOptions = {
  /** Zoom level of detail the labels are laid out for. */
  lod: number;
  /** Multiplies type sizes and padding (a booth screen); 1 is the site. */
  scale?: number;
  /** Font weight per tile (CNCF projects are set bold). */
  weightOf: (id: string) => number;
  /**
   * Tiles whose names must never be shortened (CNCF projects): the view's
   * type size steps down (not below the minimum) until they all fit.
   */
  keepWhole?: (id: string) => boolean;
  measure: MeasureText | null;
  /**
   * `false`: a name that does not fit whole in two lines gets no label
   * rather than a shortened one (exports). Default `true`.
   */
  shorten?: boolean;
  /** Lines a name may wrap over; default 2 (a poster-sized export may take 3). */
  maxLines?: number;
};

/** Text widths cached per text and weight at 100 px; widths scale linearly. */
const widthCache = new Map<string, number>();

/**
 * `measure` with a cache: each text is measured once per weight at a
 * reference size and scaled, so zoom and filter frames never measure again.
 */
export function cachedMeasure(measure: MeasureText | null): MeasureText {
  return (text, fontPx, weight) => {
    const key = `${weight}|${text}`;
    let width = widthCache.get(key);
    if (width === undefined) {
      width = measure
        ? measure(text, 100, weight)
        : text.length * GLYPH_WIDTH * 100;
      widthCache.set(key, width);
    }
    return (width * fontPx) / 100;
  };
}

/** One type size (screen px) for every tile of a view at zoom `lod`. */
export function viewFontPx(
  tiles: readonly LabelTile[],
  lod: number,
  scale = 1,
): number {
  if (tiles.length === 0) return MIN_LABEL_PX * scale;
  const heights = tiles.map((t) => t.height).sort((a, b) => a - b);
  const widths = tiles.map((t) => t.width).sort((a, b) => a - b);
  const mid = Math.floor(tiles.length / 2);
  const h = heights[mid]! * lod;
  const w = widths[mid]! * lod - 2 * PAD_PX * scale;
  // Two lines fit the median tile's height; a typical name its width.
  const px = Math.min(h / (2 * LINE_HEIGHT + 0.6), w / (TYPICAL_CHARS * 0.55));
  return Math.min(MAX_LABEL_PX * scale, Math.max(MIN_LABEL_PX * scale, px));
}

/** A name ending in a bracketed qualifier: `Service Mesh Interface (SMI)`. */
const QUALIFIED = /^(.*\S)\s+\([^()]+\)$/;

/** Where a long word may break: after a hyphen, or between a-z and A-Z. */
const SOFT_BREAK = /(?<=-)|(?<=[a-z])(?=[A-Z])/;

/** The longest start of `words` (joined by spaces) that fits `room`. */
export function takeLine(
  words: string[],
  fits: (text: string) => boolean,
): [string, string[]] | null {
  let line = '';
  let used = 0;
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (!fits(next)) break;
    line = next;
    used += 1;
  }
  if (used > 0) return [line, words.slice(used)];
  // The first word alone is too long: break it at a soft break that fits.
  const first = words[0] ?? '';
  const parts = first.split(SOFT_BREAK);
  let head = '';
  for (const part of parts) {
    if (!fits(head + part)) break;
    head += part;
  }
  if (head && head !== first)
    return [head, [first.slice(head.length), ...words.slice(1)]];
  // No soft break fits: hyphenate, leaving at least three letters a side.
  for (let n = first.length - 3; n >= 3; n -= 1) {
    const part = `${first.slice(0, n)}-`;
    if (fits(part)) return [part, [first.slice(n), ...words.slice(1)]];
  }
  return null;
}

/**
 * `text` cut to the longest start (of at least `minChars` characters) that
 * fits with an ellipsis, or `null`.
 */
export function shortenToFit(
  text: string,
  fits: (t: string) => boolean,
  minChars = 2,
): string | null {
  for (let n = text.length - 1; n >= minChars; n -= 1) {
    const candidate = `${text.slice(0, n).trimEnd()}…`;
    if (fits(candidate)) return candidate;
  }
  return null;
}

/**
 * Lines for one name: whole on one line if it fits, else wrapped over up
 * to `maxLines` lines, and only then shortened: without its bracketed
 * qualifier if that fits whole, else with an ellipsis (or, unless
 * `mayShorten`, left out: `null`). A shortened name is `truncated`: hover
 * and focus show it whole.
 */
export function wrapName(
  name: string,
  maxLines: number,
  fits: (text: string) => boolean,
  mayShorten = true,
): { lines: string[]; truncated: boolean } | null {
  if (fits(name)) return { lines: [name], truncated: false };
  const lines: string[] = [];
  let rest = name.split(/\s+/).filter(Boolean);
  while (rest.length > 0 && lines.length < maxLines - 1) {
    const taken = takeLine(rest, fits);
    if (!taken) break;
    lines.push(taken[0]);
    rest = taken[1];
  }
  const tail = rest.join(' ');
  if (!tail) return { lines, truncated: false };
  if (fits(tail)) return { lines: [...lines, tail], truncated: false };
  if (!mayShorten) return null;
  // "The Update Framework (TUF)": the name without its bracketed qualifier
  // reads whole where the qualifier cut short would not ("Operator (Ku…").
  const base = QUALIFIED.exec(name)?.[1];
  const unqualified = base ? wrapName(base, maxLines, fits, false) : null;
  if (unqualified) return { lines: unqualified.lines, truncated: true };
  const cut = shortenToFit(tail, fits);
  if (!cut) return lines.length ? { lines, truncated: true } : null;
  return { lines: [...lines, cut], truncated: true };
}

/**
 * A shortened name that reads like another tile's: keep its last word
 * instead ("Grafana Lo…" and "Grafana Lo…" become "Graf…Loki" and
 * "Graf…Loki Agent"'s own end), or its last two, three… words where a
 * shorter end is `taken` by another label ("Aliba…Service" twice: the
 * second becomes "Ali…Log Service"); `null` if nothing distinct fits.
 */
export function distinctShortening(
  name: string,
  fits: (text: string) => boolean,
  taken: (text: string) => boolean,
): string | null {
  const words = name.split(/\s+/);
  const ends =
    words.length > 1
      ? words
          .slice(1)
          .map((_, i) => words.slice(words.length - 1 - i).join(' '))
      : [name.slice(-4)];
  for (const end of ends) {
    for (let n = name.length - end.length - 1; n >= 1; n -= 1) {
      const candidate = `${name.slice(0, n).trimEnd()}…${end}`;
      if (!fits(candidate)) continue;
      if (!taken(candidate)) return candidate;
      break;
    }
  }
  return null;
}

/**
 * Labels for every tile of a view at one zoom level, all in one type size:
 * wrapped to two lines before anything is shortened, and no two shortened
 * labels read the same (they keep their ends, or drop to the tooltip).
 * Tiles too small for one line get no label. Pure; widths via `measure`.
 */
export function layoutTileLabels(
  tiles: readonly LabelTile[],
  names: ReadonlyMap<string, string>,
  options: LabelOptions,
): Map<string, TileLabelLines> {
  const fontPx = wholeNamesFontPx(tiles, names, options);
  const labels = labelTilesAt(tiles, names, options, fontPx);
  resolveLookalikes(tiles, names, labels, options, fontPx);
  return labels;
}

/** Step the type size down from viewFontPx until every keepWhole name fits. */
function wholeNamesFontPx(
  tiles: readonly LabelTile[],
  names: ReadonlyMap<string, string>,
  options: LabelOptions,
): number {
  const scale = options.scale ?? 1;
  let fontPx = viewFontPx(tiles, options.lod, scale);
  const { keepWhole } = options;
  if (!keepWhole) return fontPx;
  const kept = tiles.filter((t) => keepWhole(t.id));
  const min = MIN_LABEL_PX * scale;
  const shortened = (px: number) =>
    kept.length > 0 &&
    kept.some((t) => {
      const label = labelTilesAt([t], names, options, px).get(t.id);
      return label?.truncated === true;
    });
  while (fontPx > min && shortened(fontPx))
    fontPx = Math.max(min, fontPx - 0.5);
  return fontPx;
}

/**
 * Labels for `tiles` at one screen type size `fontPx`: each name whole on
 * one line, wrapped over two, or (unless `shorten` is off) shortened.
 */
export function labelTilesAt(
  tiles: readonly LabelTile[],
  names: ReadonlyMap<string, string>,
  options: LabelOptions,
  fontPx: number,
): Map<string, TileLabelLines> {
  const { lod } = options;
  const measure = cachedMeasure(options.measure);
  const pad = PAD_PX * (options.scale ?? 1);
  const labels = new Map<string, TileLabelLines>();
  for (const tile of tiles) {
    const room = tile.width * lod - 2 * pad;
    const maxLines = Math.min(
      options.maxLines ?? 2,
      Math.floor((tile.height * lod - pad) / (fontPx * LINE_HEIGHT)),
    );
    if (maxLines < 1 || room < fontPx * 2) continue;
    const name = names.get(tile.id) ?? tile.id;
    const weight = options.weightOf(tile.id);
    const fits = (text: string) => measure(text, fontPx, weight) <= room;
    const wrapped = wrapName(name, maxLines, fits, options.shorten ?? true);
    if (!wrapped) continue;
    labels.set(tile.id, { ...wrapped, fontSize: fontPx / lod });
  }
  return labels;
}

function resolveLookalikes(
  tiles: readonly LabelTile[],
  names: ReadonlyMap<string, string>,
  labels: Map<string, TileLabelLines>,
  options: LabelOptions,
  fontPx: number,
) {
  const byText = new Map<string, string[]>();
  for (const [id, label] of labels) {
    const key = label.lines.join(' ');
    byText.set(key, [...(byText.get(key) ?? []), id]);
  }
  const measure = cachedMeasure(options.measure);
  const tileById = new Map(tiles.map((t) => [t.id, t]));
  const seen = new Set(byText.keys());
  for (const ids of byText.values()) {
    if (ids.length < 2) continue;
    for (const id of ids) {
      const label = labels.get(id)!;
      if (!label.truncated) continue;
      const tile = tileById.get(id)!;
      const room = tile.width * options.lod - 2 * PAD_PX * (options.scale ?? 1);
      const weight = options.weightOf(id);
      const fits = (t: string) => measure(t, fontPx, weight) <= room;
      const name = names.get(id) ?? id;
      const head = label.lines.slice(0, -1);
      const rest = name.slice(head.join(' ').length).trim();
      const last = distinctShortening(rest, fits, (t) =>
        seen.has([...head, t].join(' ')),
      );
      const text = last ? [...head, last].join(' ') : null;
      if (last && text && !seen.has(text)) {
        labels.set(id, { ...label, lines: [...head, last] });
        seen.add(text);
      } else {
        labels.delete(id);
      }
    }
  }
}
