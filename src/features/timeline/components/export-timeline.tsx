import { svgToPng } from '@/lib/export-image';
import { svgMarkup } from '@/lib/svg-markup';

import { TimelineExport } from './timeline-export';
import { EXPORT_HEIGHT, EXPORT_WIDTH } from './timeline-text';

import type { TimelineExportProps } from './timeline-export';

/** The export as an SVG document and as a PNG. */
export function exportTimeline(props: TimelineExportProps) {
  const svg = () => svgMarkup(<TimelineExport {...props} />);
  return {
    svg,
    png: () => svgToPng(svg(), EXPORT_WIDTH, EXPORT_HEIGHT),
  };
}
