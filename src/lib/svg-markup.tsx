import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';

import { serializeSvg } from '@/lib/export-image';

/**
 * Renders an `<svg>` element off screen and returns it as a standalone SVG
 * document: the SVG export of a chart the reader sees on a canvas.
 */
export function svgMarkup(element: React.ReactElement): string {
  const host = document.createElement('div');
  const root = createRoot(host);
  try {
    flushSync(() => root.render(element));
    const svg = host.querySelector('svg');
    if (!svg) throw new Error('The chart could not be drawn as SVG.');
    return serializeSvg(svg);
  } finally {
    root.unmount();
  }
}
