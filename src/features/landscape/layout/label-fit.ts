/** The chart's typeface (SVG attribute and Canvas font). */
export const CHART_FONT =
  "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
/** Heading sizes on screen, px (they stay this size at any zoom). */
export const SUBCATEGORY_FONT_PX = 12;
export const CATEGORY_FONT_PX = 14;
/** Smallest and largest label size on screen, px. */
export const MIN_LABEL_PX = 10;
export const MAX_LABEL_PX = 20;
/** Average glyph width of the system UI font (bold) as a share of its size; generous so labels never spill. */
const GLYPH_WIDTH = 0.62;
/** Names are sized as if they had at least, and at most, this many characters. */
const SIZING_CHARS = 10;
const SIZING_CHARS_MAX = 16;
/** Space left and right of a label inside its tile, screen px. */
const LABEL_PADDING_PX = 4;

export type TileLabel = {
  text: string;
  /** Font size in layout px (screen px ÷ zoom). */
  fontSize: number;
  /** Whether the name had to be shortened (the tooltip shows it whole). */
  truncated: boolean;
};

/**
 * The label a tile can show at zoom `k`, or `null` when the tile is too
 * small on screen to carry a legible one (level of detail: labels appear
 * as the reader zooms in). `scale` multiplies the smallest and largest
 * label size and the padding, for screens read from a distance (a booth);
 * 1 is the site. Sizes in, sizes out, no DOM.
 */
export function fitLabel(
  name: string,
  tileWidth: number,
  tileHeight: number,
  k: number,
  scale = 1,
): TileLabel | null {
  const minPx = MIN_LABEL_PX * scale;
  const screenHeight = tileHeight * k;
  const room = tileWidth * k - 2 * LABEL_PADDING_PX * scale;
  // Shrink towards the minimum before shortening a name, but size every
  // name as if it had SIZING_CHARS to SIZING_CHARS_MAX characters, so
  // neighbouring tiles get similar type: a four-letter name is not set at
  // twice the size of the twelve-letter one beside it.
  const sizingChars = Math.min(
    SIZING_CHARS_MAX,
    Math.max(SIZING_CHARS, name.length),
  );
  const wholeNamePx = room / (sizingChars * GLYPH_WIDTH);
  const fontPx = Math.min(
    MAX_LABEL_PX * scale,
    screenHeight * 0.5,
    Math.max(minPx, wholeNamePx),
  );
  if (fontPx < minPx) return null;
  const maxChars = Math.floor(room / (fontPx * GLYPH_WIDTH));
  if (maxChars < Math.min(4, name.length)) return null;
  const truncated = name.length > maxChars;
  const text = truncated ? `${name.slice(0, maxChars - 1).trimEnd()}…` : name;
  return { text, fontSize: fontPx / k, truncated };
}

/** Width of `text` in the chart font at `fontPx` and `weight`, in px. */
export type MeasureText = (
  text: string,
  fontPx: number,
  weight: number,
) => number;

/**
 * fitLabel estimates glyph widths; where text can be measured, this makes
 * the label fit for certain: shrunk (down to `minFontSize`) or, below that,
 * shortened to the longest start of the name that fits with an ellipsis.
 * `room` and sizes in the same unit as the label (layout px).
 */
export function refineLabel(
  label: TileLabel,
  name: string,
  room: number,
  weight: number,
  minFontSize: number,
  measure: MeasureText,
): TileLabel | null {
  const width = measure(label.text, label.fontSize, weight);
  if (width <= room) return label;
  const shrunk = (label.fontSize * room) / width;
  if (shrunk >= minFontSize) return { ...label, fontSize: shrunk };
  const fits = (chars: number) =>
    measure(`${name.slice(0, chars).trimEnd()}…`, label.fontSize, weight) <=
    room;
  let lo = 0;
  let hi = name.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  if (lo < 3) return null;
  return {
    text: `${name.slice(0, lo).trimEnd()}…`,
    fontSize: label.fontSize,
    truncated: true,
  };
}

/** Label padding in layout px at zoom `k` and label `scale`. */
export function labelPadding(k: number, scale = 1): number {
  return (LABEL_PADDING_PX * scale) / k;
}

/**
 * Zoom rounded to steps of √2, so labels are recomputed a few times per
 * doubling rather than on every zoom frame.
 */
export function zoomLevelOfDetail(k: number): number {
  return 2 ** (Math.round(Math.log2(k) * 2) / 2);
}
