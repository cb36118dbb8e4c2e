import { chartPalette, STATUS_COLORS } from '@/components/status/status-style';
import { useDocumentTheme } from '@/hooks/use-theme';

import { StatsChartFrame } from './stats-chart-frame';

import type { RangeLayout } from '../layout/compute-stats-layout';
import type { CncfStatus } from '@/lib/schemas/cncf-status';

export type RangeChartProps = {
  layout: RangeLayout;
  /** Colour of each series, as a status; a series' dot shape tells them apart too. */
  seriesStatus: readonly CncfStatus[];
  label: string;
};

const CAP = 4; // px: half the height of a range line's end caps
const DOT = 4.5; // px: radius of the median dot, half the square's side

/** Median dots on min–max lines; the first series round, the second square. */
export function RangeChart({ layout, seriesStatus, label }: RangeChartProps) {
  const palette = chartPalette(useDocumentTheme());
  const left = layout.ticks[0]?.x ?? 0;
  return (
    <StatsChartFrame layout={layout} label={label} palette={palette}>
      {layout.rows.map((row) => (
        <g key={row.label}>
          <text x={left - 6} y={row.y} dy="0.32em" textAnchor="end">
            {row.label}
          </text>
          {row.series.map((s, i) => {
            if (!s) return null;
            const colour = STATUS_COLORS[seriesStatus[i] ?? 'sandbox'];
            const y = row.y + s.dy;
            // The range line, then a cap at each end.
            const strokes = [
              [s.x1, s.x2, y, y],
              [s.x1, s.x1, y - CAP, y + CAP],
              [s.x2, s.x2, y - CAP, y + CAP],
            ] as const;
            return (
              <g key={i} stroke={colour} fill={colour}>
                {strokes.map(([x1, x2, y1, y2], k) => (
                  <line key={k} {...{ x1, x2, y1, y2 }} strokeWidth={2} />
                ))}
                {i === 0 ? (
                  <circle
                    cx={s.xm}
                    cy={y}
                    r={DOT}
                    stroke={palette.background}
                  />
                ) : (
                  <rect
                    x={s.xm - DOT}
                    y={y - DOT}
                    width={DOT * 2}
                    height={DOT * 2}
                    stroke={palette.background}
                  />
                )}
              </g>
            );
          })}
        </g>
      ))}
    </StatsChartFrame>
  );
}
