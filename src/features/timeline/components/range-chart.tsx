import { chartPalette, STATUS_COLORS } from '@/features/landscape/status-style';
import { useDocumentTheme } from '@/hooks/use-document-theme';

import type { RangeLayout } from '../layout/compute-stats-layout';
import type { CncfStatus } from '@/features/landscape/schemas';

export type RangeChartProps = {
  layout: RangeLayout;
  /** Colour of each series, as a status; a series' dot shape tells them apart too. */
  seriesStatus: readonly CncfStatus[];
  label: string;
};

/** Median dots on min–max lines; the first series round, the second square. */
export function RangeChart({ layout, seriesStatus, label }: RangeChartProps) {
  const palette = chartPalette(useDocumentTheme());
  const axisY = layout.height - 22;
  const left = layout.ticks[0]?.x ?? 0;
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
      {layout.rows.map((row) => (
        <g key={row.label}>
          <text x={left - 6} y={row.y} dy="0.32em" textAnchor="end">
            {row.label}
          </text>
          {row.series.map((s, i) => {
            if (!s) return null;
            const colour = STATUS_COLORS[seriesStatus[i] ?? 'sandbox'];
            const y = row.y + s.dy;
            return (
              <g key={i} stroke={colour} fill={colour}>
                <line x1={s.x1} x2={s.x2} y1={y} y2={y} strokeWidth={2} />
                <line
                  x1={s.x1}
                  x2={s.x1}
                  y1={y - 4}
                  y2={y + 4}
                  strokeWidth={2}
                />
                <line
                  x1={s.x2}
                  x2={s.x2}
                  y1={y - 4}
                  y2={y + 4}
                  strokeWidth={2}
                />
                {i === 0 ? (
                  <circle
                    cx={s.xm}
                    cy={y}
                    r={4.5}
                    stroke={palette.background}
                  />
                ) : (
                  <rect
                    x={s.xm - 4.5}
                    y={y - 4.5}
                    width={9}
                    height={9}
                    stroke={palette.background}
                  />
                )}
              </g>
            );
          })}
        </g>
      ))}
    </svg>
  );
}
