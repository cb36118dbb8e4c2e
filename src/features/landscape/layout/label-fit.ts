/** Smallest and largest label size on screen, px. */
export const MIN_LABEL_PX = 10;
export const MAX_LABEL_PX = 20;
/** Average glyph width of the system UI font (bold) as a share of its size; generous so labels never spill. */
const GLYPH_WIDTH = 0.62;
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
  // Shrink towards the minimum before shortening a name.
  const wholeNamePx = room / (name.length * GLYPH_WIDTH);
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
