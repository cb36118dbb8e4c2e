import {
  StatusPatternDefs,
  StatusSwatch,
} from '@/components/status/status-patterns';

import { EXPORT_HEADER_SCALE } from '../layout/export-labels';
import { CHART_FONT, chartPalette } from '../render/chart-style';
import { ChartLayers } from './chart-layers';

import type { LandscapeLayout } from '../layout/compute-landscape-layout';
import type { ExportLayout, TextBlock } from '../layout/export-layout';
import type { TileLabelLines } from '../layout/tile-labels';
import type { DisplayStatus } from '@/lib/schemas/cncf-status';

/** Swatches are drawn in a 16 px box (see StatusSwatch). */
const SWATCH_BOX = 16;

export type LandscapeExportProps = {
  page: ExportLayout<DisplayStatus>;
  /** The chart laid out at page.chart's size. */
  chart: LandscapeLayout;
  labels: ReadonlyMap<string, TileLabelLines>;
  names: ReadonlyMap<string, string>;
  /** Logos as data URLs per item id (tiles without one show their name only). */
  logos: ReadonlyMap<string, string>;
  statusById: ReadonlyMap<string, DisplayStatus>;
  title: string;
  description: string;
};

function Text({
  block,
  x,
  fill,
}: {
  block: TextBlock;
  x: number;
  fill: string;
}) {
  return (
    <text fontSize={block.fontPx} fontWeight={block.weight} fill={fill}>
      {block.lines.map((line, i) => (
        <tspan
          key={i}
          x={x}
          y={block.y + (i + 0.5) * block.lineHeight}
          dy="0.35em"
        >
          {line}
        </tspan>
      ))}
    </text>
  );
}

/**
 * A view of the landscape as a page that stands alone: title, date, legend,
 * the chart with every label whole, and the source. Drawn light for paper,
 * with the chart's own tiles, patterns and labels. Only for export: it is
 * rendered off screen and serialised.
 */
export function LandscapeExport({
  page,
  chart,
  labels,
  names,
  logos,
  statusById,
  title,
  description,
}: LandscapeExportProps) {
  const palette = chartPalette('light');
  const x = page.chart.x;
  const { legend } = page;
  const swatchScale = legend.swatchPx / SWATCH_BOX;
  return (
    <svg
      role="img"
      aria-labelledby="export-title export-desc"
      width={page.width}
      height={page.height}
      viewBox={`0 0 ${page.width} ${page.height}`}
    >
      <title id="export-title">{title}</title>
      <desc id="export-desc">{description}</desc>
      <StatusPatternDefs prefix="export" />
      <rect width={page.width} height={page.height} fill={palette.background} />
      <g fontFamily={CHART_FONT}>
        <Text block={page.title} x={x} fill={palette.text} />
        <Text block={page.subtitle} x={x} fill={palette.muted} />
        <g data-legend="">
          {legend.entries.map((entry) => (
            <g key={entry.key}>
              <g
                transform={`translate(${x + entry.x},${entry.y - legend.swatchPx / 2}) scale(${swatchScale})`}
              >
                <StatusSwatch status={entry.key} />
              </g>
              <text
                x={x + entry.x + legend.swatchPx + 8}
                y={entry.y}
                dy="0.35em"
                fontSize={legend.fontPx}
                fill={palette.text}
              >
                {entry.text}
              </text>
            </g>
          ))}
        </g>
        <Text block={page.source} x={x} fill={palette.muted} />
      </g>
      <g transform={`translate(${x},${page.chart.y})`}>
        <ChartLayers
          groups={chart.groups}
          tiles={chart.tiles}
          names={names}
          labels={labels}
          logos={logos}
          statusById={statusById}
          emphasis={null}
          palette={palette}
          lod={1}
          patternPrefix="export"
          headingScale={EXPORT_HEADER_SCALE}
          labelRegion={{
            x0: 0,
            y0: 0,
            x1: page.chart.width,
            y1: page.chart.height,
          }}
        />
      </g>
    </svg>
  );
}
