import { StatusPatternDefs } from '@/features/landscape/components/status-patterns';
import {
  chartPalette,
  patternId,
  STATUS_COLORS,
} from '@/features/landscape/status-style';
import { useDocumentTheme } from '@/hooks/use-document-theme';

import type { StackLayout } from '../layout/compute-stats-layout';
import type { CncfStatus } from '@/features/landscape/schemas';

export type StackChartProps<K extends string> = {
  layout: StackLayout<K>;
  /** The status whose colour and pattern draw each key. */
  statusOf: (key: K) => CncfStatus;
  /** Unique per page. */
  prefix: string;
  /** Names the chart for screen readers; the table next to it has the figures. */
  label: string;
};

/** Horizontal stacked bars with their labels and totals. */
export function StackChart<K extends string>({
  layout,
  statusOf,
  prefix,
  label,
}: StackChartProps<K>) {
  const palette = chartPalette(useDocumentTheme());
  const axisY = layout.height - 22;
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
      <StatusPatternDefs prefix={prefix} />
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
      {layout.bars.map((bar) => (
        <g key={bar.label}>
          <text x={layout.barLeft - 6} y={bar.y} dy="0.32em" textAnchor="end">
            {bar.label}
          </text>
          {bar.segments.map((s) => {
            const status = statusOf(s.key);
            const pattern = patternId(prefix, status);
            const rect = {
              x: s.x,
              y: bar.y - bar.thickness / 2,
              width: s.width,
              height: bar.thickness,
            };
            return s.value > 0 ? (
              <g key={s.key}>
                <rect {...rect} fill={STATUS_COLORS[status]} />
                {pattern && <rect {...rect} fill={`url(#${pattern})`} />}
              </g>
            ) : null;
          })}
          <text x={bar.end + 4} y={bar.y} dy="0.32em" className="tabular-nums">
            {bar.total}
          </text>
        </g>
      ))}
    </svg>
  );
}
