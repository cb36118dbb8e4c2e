import { logoUrl } from '@/config/env';
import { svgToPng } from '@/lib/export-image';
import { svgMarkup } from '@/lib/svg-markup';

import { layoutExportChart } from '../layout/export-labels';
import { computeExportLayout, EXPORT_PNG_SCALE } from '../layout/export-layout';
import { logoBaseOf } from '../maturity';
import { labelWeight, placeLabel } from '../render/chart-style';
import { logoDataUrls } from '../render/logo-data';
import { chartTextMeasure } from '../render/measure-text';
import { LandscapeExport } from './landscape-export';

import type { ExportChart } from '../layout/export-labels';
import type { ExportContent } from '../layout/export-layout';
import type { Landscape } from '../schemas';
import type { ViewSelection } from '../view-state';
import type { DisplayStatus } from '@/lib/schemas/cncf-status';

/** A standalone SVG document and its size, px. */
export type ExportedSvg = { markup: string; width: number; height: number };

/**
 * The view as a standalone page (see LandscapeExport), laid out afresh at
 * the export's own size rather than copied from the screen: the tiles get
 * room for whole names, and the screen's pan and zoom do not matter.
 */
export async function exportLandscapeSvg(
  landscape: Landscape,
  selection: ViewSelection,
  content: ExportContent<DisplayStatus>,
): Promise<ExportedSvg> {
  const measure = chartTextMeasure();
  const names = new Map(landscape.items.map((i) => [i.id, i.name]));
  const { statusById } = selection;
  const weightOf = (id: string) => labelWeight(statusById.get(id) ?? 'none');
  const chart = layoutExportChart(
    selection.visible,
    landscape.categories,
    names,
    weightOf,
    measure,
    content.chart,
  );
  // Said on the page, so a missing name is never mistaken for a gap.
  const note =
    chart.unlabelled.length > 0
      ? [
          `${chart.unlabelled.length} of ${chart.layout.tiles.length} tiles are too small for their whole name at this size and carry no label; the site lists every item.`,
        ]
      : [];
  const logos = await logoDataUrls(logosWithRoom(chart, landscape, statusById));
  const page = computeExportLayout(
    { ...content, source: [...note, ...content.source] },
    measure,
    chart.height,
  );
  const markup = svgMarkup(
    <LandscapeExport
      page={page}
      chart={chart.layout}
      labels={chart.labels}
      names={names}
      logos={logos}
      statusById={statusById}
      title={content.title}
      description={content.subtitle}
    />,
  );
  return { markup, width: page.width, height: page.height };
}

/**
 * The logo URL of each export tile with room for a logo (the tiles
 * ChartLabels draws one on), so only those are fetched.
 */
function logosWithRoom(
  chart: ExportChart,
  landscape: Landscape,
  statusById: ReadonlyMap<string, DisplayStatus>,
): Map<string, string> {
  const files = new Map(landscape.items.map((i) => [i.id, i.logo]));
  const base = logoBaseOf(landscape);
  const out = new Map<string, string>();
  for (const tile of chart.layout.tiles) {
    const label = chart.labels.get(tile.id);
    const url = logoUrl(files.get(tile.id), base);
    if (!label || !url) continue;
    const status = statusById.get(tile.id) ?? 'none';
    if (placeLabel(tile, label, status, { lod: 1, logo: true }).logo)
      out.set(tile.id, url);
  }
  return out;
}

/** The same page as a PNG at EXPORT_PNG_SCALE (A4 width at 300 dpi). */
export function exportLandscapePng(svg: ExportedSvg): Promise<Blob> {
  return svgToPng(svg.markup, svg.width, svg.height, EXPORT_PNG_SCALE);
}
