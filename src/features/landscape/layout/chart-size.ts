/** Phones get a fixed-height chart below this width, px. */
const PHONE_WIDTH = 640;
/** Smallest chart height, px: room for headings and a few rows of tiles. */
const MIN_HEIGHT = 440;
/** Room kept for the page header and controls above a tall chart, px. */
const CHROME_HEIGHT = 120;

/**
 * Chart height for a chart width and window height, px: most of a phone's
 * screen; on wider screens a 5:3 box that still fits in the window.
 */
export function chartHeight(width: number, windowHeight: number): number {
  if (width < PHONE_WIDTH) {
    return Math.round(Math.min(640, Math.max(MIN_HEIGHT, windowHeight * 0.7)));
  }
  return Math.round(
    Math.max(MIN_HEIGHT, Math.min(width * 0.6, windowHeight - CHROME_HEIGHT)),
  );
}
