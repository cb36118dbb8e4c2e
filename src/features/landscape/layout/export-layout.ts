import { cachedMeasure } from './tile-labels';

import type { ChartContent } from './chart-size';
import type { MeasureText } from './label-fit';

/** Export page width, layout px: an A4 page's width at 150 dpi. */
export const EXPORT_WIDTH = 1240;
/** PNG pixels per layout px: 2480 px wide, an A4 page's width at 300 dpi. */
export const EXPORT_PNG_SCALE = 2;
/** Space around the page's content, layout px. */
const MARGIN = 40;
/** The chart's width on the page, px. */
export const EXPORT_CHART_WIDTH = EXPORT_WIDTH - 2 * MARGIN;
/** Type sizes, layout px (at A4 width, 12 px prints at about 6 pt). */
const EXPORT_TYPE = {
  title: { fontPx: 30, weight: 700 },
  subtitle: { fontPx: 17, weight: 400 },
  legend: { fontPx: 15, weight: 400 },
  source: { fontPx: 12, weight: 400 },
} as const;
/** Legend swatch side, and the gaps beside it and between entries, px. */
const SWATCH_PX = 18;
const SWATCH_GAP = 8;
const ENTRY_GAP = 28;
/** Vertical gaps between the page's blocks, px. */
const BLOCK_GAP = 18;
/** Page area a tile needs for a name on two or three lines (about 137 × 53), px². */
const TILE_AREA = 7_200;
/** Per group: heading band and a part-filled row, px. */
const GROUP_HEIGHT = 48;
/** The chart is at least this share of its width tall, and at most… */
const MIN_CHART_RATIO = 0.6;
/** …this share: about two A4 pages, for the whole landscape. */
export const MAX_CHART_RATIO = 3;

/** Wrapped lines of one text style; `y` is the first line's top, px. */
export type TextBlock = {
  lines: string[];
  fontPx: number;
  weight: number;
  lineHeight: number;
  y: number;
  height: number;
};

/** One legend entry: its key (e.g. a status) and its text. */
export type LegendEntry<K extends string = string> = { key: K; text: string };

/** A legend entry placed on the page: swatch at x, row centre at y, px. */
export type PlacedLegendEntry<K extends string = string> = LegendEntry<K> & {
  x: number;
  y: number;
};

/** What an export shows besides the chart. */
export type ExportContent<K extends string = string> = {
  title: string;
  subtitle: string;
  legend: LegendEntry<K>[];
  /** Source paragraphs (attribution, link), each wrapped on its own. */
  source: string[];
  /** Items and groups in the chart: they size it. */
  chart: ChartContent;
};

/** The export page: every block's place, px. */
export type ExportLayout<K extends string = string> = {
  width: number;
  height: number;
  title: TextBlock;
  subtitle: TextBlock;
  legend: {
    entries: PlacedLegendEntry<K>[];
    swatchPx: number;
    fontPx: number;
    y: number;
    height: number;
  };
  chart: { x: number; y: number; width: number; height: number };
  source: TextBlock;
};

/**
 * `text` in lines no wider than `room` px: broken between words, and a
 * word wider than a line between its letters. Nothing is ever left out.
 */
export function wrapText(
  text: string,
  room: number,
  fontPx: number,
  weight: number,
  measure: MeasureText | null,
): string[] {
  const width = cachedMeasure(measure);
  const fits = (t: string) => width(t, fontPx, weight) <= room;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (fits(next)) {
      line = next;
      continue;
    }
    if (line) lines.push(line);
    let rest = word;
    while (!fits(rest) && rest.length > 1) {
      let n = rest.length - 1;
      while (n > 1 && !fits(rest.slice(0, n))) n -= 1;
      lines.push(rest.slice(0, n));
      rest = rest.slice(n);
    }
    line = rest;
  }
  if (line) lines.push(line);
  return lines;
}

function textBlock(
  text: string,
  style: { fontPx: number; weight: number },
  room: number,
  y: number,
  measure: MeasureText | null,
): TextBlock {
  const lines = wrapText(text, room, style.fontPx, style.weight, measure);
  const lineHeight = style.fontPx * 1.3;
  return { lines, ...style, lineHeight, y, height: lines.length * lineHeight };
}

/** Legend entries in rows that wrap at `room` px; `y` is the top. */
export function layoutLegend<K extends string>(
  entries: readonly LegendEntry<K>[],
  room: number,
  y: number,
  measure: MeasureText | null,
): ExportLayout<K>['legend'] {
  const { fontPx, weight } = EXPORT_TYPE.legend;
  const width = cachedMeasure(measure);
  const rowHeight = Math.max(SWATCH_PX, fontPx * 1.3) + 8;
  const placed: PlacedLegendEntry<K>[] = [];
  let x = 0;
  let row = 0;
  for (const entry of entries) {
    const w = SWATCH_PX + SWATCH_GAP + width(entry.text, fontPx, weight);
    if (x > 0 && x + w > room) {
      x = 0;
      row += 1;
    }
    placed.push({ ...entry, x, y: y + row * rowHeight + rowHeight / 2 });
    x += w + ENTRY_GAP;
  }
  const rows = entries.length === 0 ? 0 : row + 1;
  return {
    entries: placed,
    swatchPx: SWATCH_PX,
    fontPx,
    y,
    height: rows * rowHeight,
  };
}

/**
 * Chart height for an export `width` px wide: room for a wrapped name on
 * every tile and a heading per group, at least 0.6 × the width (a short
 * view still reads as a chart) and at most 3 × (two A4 pages).
 */
export function exportChartHeight(width: number, content: ChartContent) {
  const needed =
    (content.items * TILE_AREA) / width + content.groups * GROUP_HEIGHT;
  return Math.round(
    Math.min(
      width * MAX_CHART_RATIO,
      Math.max(width * MIN_CHART_RATIO, needed),
    ),
  );
}

/**
 * The export page, top to bottom: title, subtitle (date and what is
 * shown), legend, chart (`chartHeight` px tall; by default as
 * exportChartHeight says), source. Every text wraps to the page width and
 * nothing is shortened. Pure; widths via `measure` (an estimate if null).
 */
export function computeExportLayout<K extends string>(
  content: ExportContent<K>,
  measure: MeasureText | null,
  chartHeight = exportChartHeight(EXPORT_CHART_WIDTH, content.chart),
): ExportLayout<K> {
  const width = EXPORT_WIDTH;
  const room = EXPORT_CHART_WIDTH;
  let y = MARGIN;
  const title = textBlock(content.title, EXPORT_TYPE.title, room, y, measure);
  y += title.height + 4;
  const subtitle = textBlock(
    content.subtitle,
    EXPORT_TYPE.subtitle,
    room,
    y,
    measure,
  );
  y += subtitle.height + BLOCK_GAP;
  const legend = layoutLegend(content.legend, room, y, measure);
  y += legend.height + BLOCK_GAP;
  const chart = {
    x: MARGIN,
    y,
    width: room,
    height: chartHeight,
  };
  y += chart.height + BLOCK_GAP;
  const blocks = content.source.map((text) => {
    const block = textBlock(text, EXPORT_TYPE.source, room, y, measure);
    y += block.height;
    return block;
  });
  const source: TextBlock = {
    ...EXPORT_TYPE.source,
    lines: blocks.flatMap((b) => b.lines),
    lineHeight: EXPORT_TYPE.source.fontPx * 1.3,
    y: chart.y + chart.height + BLOCK_GAP,
    height: blocks.reduce((sum, b) => sum + b.height, 0),
  };
  return {
    width,
    height: Math.ceil(y + MARGIN),
    title,
    subtitle,
    legend,
    chart,
    source,
  };
}
