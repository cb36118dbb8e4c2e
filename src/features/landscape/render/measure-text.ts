import { fitGroupHeadings } from '../layout/heading-fit';
import { CHART_FONT } from '../layout/label-fit';
import { cachedMeasure, layoutTileLabels } from '../layout/tile-labels';
import { labelWeight } from './chart-style';

import type { GroupNode, TileNode } from '../layout/compute-landscape-layout';
import type { HeadingLines } from '../layout/heading-fit';
import type { MeasureText } from '../layout/label-fit';
import type { TileLabelLines } from '../layout/tile-labels';
import type { DisplayStatus } from '@/lib/schemas/cncf-status';

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

let cached: MeasureText | null | undefined;

/**
 * chartTextMeasure with each text measured once per weight (cachedMeasure),
 * or `null` where nothing measures; one for the page.
 */
export function cachedChartMeasure(): MeasureText | null {
  if (cached === undefined) {
    const measure = chartTextMeasure();
    cached = measure ? cachedMeasure(measure) : null;
  }
  return cached;
}

type LabelCache = {
  tiles: readonly TileNode[];
  names: ReadonlyMap<string, string>;
  statusById: ReadonlyMap<string, DisplayStatus>;
  lod: number;
  scale: number;
  labels: Map<string, TileLabelLines>;
};
let lastLabels: LabelCache | null = null;

/**
 * The labels of a view at one zoom level (see layoutTileLabels), kept
 * while the tiles, names, statuses and zoom level stay the same, so a
 * canvas redrawing every pan frame lays them out once.
 */
export function tileLabelsFor(
  tiles: readonly TileNode[],
  names: ReadonlyMap<string, string>,
  statusById: ReadonlyMap<string, DisplayStatus>,
  lod: number,
  scale = 1,
): Map<string, TileLabelLines> {
  const c = lastLabels;
  if (
    c &&
    c.tiles === tiles &&
    c.names === names &&
    c.statusById === statusById &&
    c.lod === lod &&
    c.scale === scale
  )
    return c.labels;
  const labels = layoutTileLabels(tiles, names, {
    lod,
    scale,
    weightOf: (id) => labelWeight(statusById.get(id) ?? 'none'),
    keepWhole: (id) => (statusById.get(id) ?? 'none') !== 'none',
    measure: chartTextMeasure(),
  });
  lastLabels = { tiles, names, statusById, lod, scale, labels };
  return labels;
}

type HeadingCache = {
  lod: number;
  scale: number;
  headings: Map<string, HeadingLines | null>;
};
const headingCaches = new WeakMap<readonly GroupNode[], HeadingCache>();

/**
 * Each group's heading at one zoom level (see fitGroupHeadings), fitted
 * once per layout, zoom level and scale rather than on every frame; each
 * text is measured once per weight (cachedMeasure).
 */
export function groupHeadingsFor(
  groups: readonly GroupNode[],
  lod: number,
  scale = 1,
): Map<string, HeadingLines | null> {
  const cached = headingCaches.get(groups);
  if (cached && cached.lod === lod && cached.scale === scale)
    return cached.headings;
  const headings = fitGroupHeadings(groups, lod, scale, cachedChartMeasure());
  headingCaches.set(groups, { lod, scale, headings });
  return headings;
}
