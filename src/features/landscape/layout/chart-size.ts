/** Phones get a fixed-height chart below this width, px. */
const PHONE_WIDTH = 640;
/** Smallest chart height, px: room for headings and a few rows of tiles. */
const MIN_HEIGHT = 440;
/** Room kept for the page header and controls above a tall chart, px. */
const CHROME_HEIGHT = 120;
/**
 * Screen area a tile needs on a phone to carry its name on up to two lines (about 86 × 40),
 * px², and the tallest chart that may ask for it, px (about six screens).
 */
const PHONE_NAMED_TILE_AREA = 3400;
const PHONE_NAMED_MAX_HEIGHT = 5200;
/**
 * Screen area of a tile in a phone's overview of a landscape too large for
 * named tiles (the whole CNCF landscape), px² (about 32 × 12, before zoom).
 */
const PHONE_TILE_AREA = 400;
/** Per subcategory on a phone: heading band, gaps and a part-filled row, px. */
const PHONE_GROUP_HEIGHT = 48;

/** Screen area a tile needs on a wider screen in the fitted view, px² (about 24 × 14). */
const WIDE_TILE_AREA = 340;
/** Per subcategory on a wider screen: its heading band and gaps, px². */
const WIDE_GROUP_AREA = 5000;
/**
 * A wide chart grows at most to this many times its width: room for the
 * whole CNCF landscape's headings on a tablet (at 1.1, 62 of 92 were
 * shortened on a 720 px chart, 21 to their count alone; at 2.5, 2).
 */
const WIDE_MAX_RATIO = 2.5;

/** What the chart holds: items, and subcategories plus categories. */
export type ChartContent = { items: number; groups: number };

/**
 * Chart height for a chart width and window height, px: on a phone most of
 * the screen, or taller when the content needs it (the page scrolls over the
 * chart, so the whole landscape stays a long poster rather than tiles too
 * small to exist); on wider screens a 5:3 box that still fits in the window,
 * or taller (up to WIDE_MAX_RATIO × width) when the content needs it.
 */
export function chartHeight(
  width: number,
  windowHeight: number,
  content: ChartContent = { items: 0, groups: 0 },
): number {
  if (width < PHONE_WIDTH) {
    const screen = Math.min(640, Math.max(MIN_HEIGHT, windowHeight * 0.7));
    return Math.round(Math.max(screen, phoneContentHeight(width, content)));
  }
  const screen = Math.max(
    MIN_HEIGHT,
    Math.min(width * 0.6, windowHeight - CHROME_HEIGHT),
  );
  // A landscape too large for the window (the whole CNCF landscape) gets
  // a taller overview that the page scrolls through, so every category
  // and subcategory keeps room for its heading.
  const needed =
    (content.items * WIDE_TILE_AREA + content.groups * WIDE_GROUP_AREA) / width;
  return Math.round(Math.max(screen, Math.min(needed, width * WIDE_MAX_RATIO)));
}

/**
 * The height a phone chart's content asks for, px: tall enough for every
 * name where that stays a scroll of a few screens (a category); a compact
 * overview beyond (the whole landscape), where a click on a block zooms in.
 */
export function phoneContentHeight(
  width: number,
  content: ChartContent,
): number {
  const groups = content.groups * PHONE_GROUP_HEIGHT;
  const named = (content.items * PHONE_NAMED_TILE_AREA) / width + groups;
  return named <= PHONE_NAMED_MAX_HEIGHT
    ? named
    : (content.items * PHONE_TILE_AREA) / width + groups;
}
