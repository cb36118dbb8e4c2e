import { CHART_FONT } from '../layout/label-fit';

import type { MeasureText } from '../layout/label-fit';

let context: OffscreenCanvasRenderingContext2D | null | undefined;

/**
 * Measures text in the chart font with a small off-screen canvas (shared),
 * so SVG labels fit as exactly as canvas ones. `null` where there is no
 * canvas (jsdom): labels then keep fitLabel's estimate.
 */
export function chartTextMeasure(): MeasureText | null {
  if (context === undefined) {
    context =
      typeof OffscreenCanvas === 'undefined'
        ? null
        : new OffscreenCanvas(1, 1).getContext('2d');
  }
  const ctx = context;
  if (!ctx) return null;
  let font = '';
  return (text, fontPx, weight) => {
    const next = `${weight} ${fontPx}px ${CHART_FONT}`;
    if (next !== font) ctx.font = font = next;
    return ctx.measureText(text).width;
  };
}
