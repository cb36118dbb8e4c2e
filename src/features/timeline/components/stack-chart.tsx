import { StatusPatternDefs } from '@/components/status/status-patterns';
import {
  chartPalette,
  patternId,
  STATUS_COLORS,
} from '@/components/status/status-style';
import { useDocumentTheme } from '@/hooks/use-theme';

import { StatsChartFrame } from './stats-chart-frame';

import type { StackLayout } from '../layout/compute-stats-layout';
import type { CncfStatus } from '@/lib/schemas/cncf-status';

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
  return (
    <StatsChartFrame
      layout={layout}
      label={label}
      palette={chartPalette(useDocumentTheme())}
    >
      <StatusPatternDefs prefix={prefix} />
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
    </StatsChartFrame>
  );
}
