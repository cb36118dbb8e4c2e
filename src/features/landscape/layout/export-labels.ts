import { computeLandscapeLayout } from './compute-landscape-layout';
import {
  EXPORT_CHART_WIDTH,
  exportChartHeight,
  MAX_CHART_RATIO,
} from './export-layout';
import { labelTilesAt } from './tile-labels';

import type { LandscapeCategory } from '../schemas';
import type { ChartContent } from './chart-size';
import type { LandscapeLayout, LayoutItem } from './compute-landscape-layout';
import type { MeasureText } from './label-fit';
import type { LabelTile, TileLabelLines } from './tile-labels';

/** Tile label sizes the export chooses between, layout px. */
export const EXPORT_LABEL_PX = { min: 12, max: 22, step: 0.5 };
/** Headings are drawn this much larger than on screen (see headerScale). */
export const EXPORT_HEADER_SCALE = 1.25;

/** A taller chart gets larger tiles: each try grows it by this share. */
const GROW = 1.2;

/**
 * The next chart height to try when `unlabelled` tiles are too small for
 * their whole names, or `null` to keep `height` (all fit, or the chart is
 * already as tall as an export gets).
 */
export function nextExportChartHeight(
  height: number,
  width: number,
  unlabelled: number,
): number | null {
  const max = Math.round(width * MAX_CHART_RATIO);
  if (unlabelled === 0 || height >= max) return null;
  return Math.min(max, Math.round(height * GROW));
}

/** Tile labels of an export: one type size, never a shortened name. */
export type ExportLabels = {
  labels: Map<string, TileLabelLines>;
  /** The view's one type size, px. */
  fontPx: number;
  /** Tiles too small for their whole name even at the smallest size. */
  unlabelled: string[];
};

/**
 * Labels for every tile of an export (layout px, zoom 1): the largest type
 * size, in steps between EXPORT_LABEL_PX.min and .max, at which every name
 * fits whole on up to three lines. If even the smallest size leaves some
 * out, it is used and those tiles go unlabelled: a name is never cut.
 */
export function fitExportLabels(
  tiles: readonly LabelTile[],
  names: ReadonlyMap<string, string>,
  weightOf: (id: string) => number,
  measure: MeasureText | null,
): ExportLabels {
  const { min, max, step } = EXPORT_LABEL_PX;
  const options = { lod: 1, weightOf, measure, shorten: false, maxLines: 3 };
  const at = (fontPx: number) => labelTilesAt(tiles, names, options, fontPx);
  // Smaller type fits more names, so search the steps for the largest
  // size at which all fit.
  let lo = 0;
  let hi = Math.round((max - min) / step);
  let best = at(min);
  if (best.size < tiles.length) return result(best, min, tiles);
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    const labels = at(min + mid * step);
    if (labels.size === tiles.length) {
      lo = mid;
      best = labels;
    } else hi = mid - 1;
  }
  return result(best, min + lo * step, tiles);
}

function result(
  labels: Map<string, TileLabelLines>,
  fontPx: number,
  tiles: readonly LabelTile[],
): ExportLabels {
  return {
    labels,
    fontPx,
    unlabelled: tiles.filter((t) => !labels.has(t.id)).map((t) => t.id),
  };
}

/** An export's chart: its layout, height and labels. */
export type ExportChart = ExportLabels & {
  layout: LandscapeLayout;
  height: number;
};

/**
 * The chart of an export, EXPORT_CHART_WIDTH wide: first as tall as
 * exportChartHeight says, then taller (so with larger tiles) while some
 * name does not fit whole, up to the export's tallest. Pure.
 */
export function layoutExportChart(
  items: readonly LayoutItem[],
  categories: readonly LandscapeCategory[],
  names: ReadonlyMap<string, string>,
  weightOf: (id: string) => number,
  measure: MeasureText | null,
  content: ChartContent,
): ExportChart {
  let height: number | null = exportChartHeight(EXPORT_CHART_WIDTH, content);
  let chart: ExportChart;
  do {
    const layout = computeLandscapeLayout(
      items,
      categories,
      { width: EXPORT_CHART_WIDTH, height },
      { headerScale: EXPORT_HEADER_SCALE },
    );
    const labels = fitExportLabels(layout.tiles, names, weightOf, measure);
    chart = { ...labels, layout, height };
    height = nextExportChartHeight(
      height,
      EXPORT_CHART_WIDTH,
      labels.unlabelled.length,
    );
  } while (height !== null);
  return chart;
}
