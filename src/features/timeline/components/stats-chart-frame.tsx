import type { RangeLayout } from '../layout/compute-stats-layout';
import type { ChartPalette } from '@/components/status/status-style';

const AXIS_SPACE = 22; // px under the plot for the tick labels

export type StatsChartFrameProps = {
  /** The chart's size and its x-axis ticks, already placed. */
  layout: Pick<RangeLayout, 'width' | 'height' | 'ticks'>;
  /** Names the chart for screen readers; the table next to it has the figures. */
  label: string;
  /** The theme's palette (the caller's marks use it too). */
  palette: ChartPalette;
  children: React.ReactNode;
};

/**
 * The SVG every small stats chart draws in: its size, accessible name,
 * type and a vertical grid line per tick, labelled under the plot.
 */
export function StatsChartFrame({
  layout,
  label,
  palette,
  children,
}: StatsChartFrameProps) {
  const axisY = layout.height - AXIS_SPACE;
  return (
    <svg
      width={layout.width}
      height={layout.height}
      role="img"
      aria-label={label}
      className="block"
      fontSize={12}
      fill={palette.text}
    >
      {layout.ticks.map((t) => (
        <g key={t.label}>
          <line
            x1={t.x}
            x2={t.x}
            y1={0}
            y2={axisY}
            stroke={palette.groupStroke}
          />
          <text x={t.x} y={axisY + 16} textAnchor="middle">
            {t.label}
          </text>
        </g>
      ))}
      {children}
    </svg>
  );
}
