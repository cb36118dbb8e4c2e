import { StatusPatternDefs } from '@/components/status/status-patterns';
import { patternId, STATUS_COLORS } from '@/components/status/status-style';

import type { TimelineLayout } from '../layout/compute-timeline-layout';
import type { ChartPalette } from '@/components/status/status-style';

export type TimelineMarksProps = {
  layout: TimelineLayout;
  palette: ChartPalette;
  /** Unique per SVG document: pattern ids are `<prefix>-stripes`. */
  prefix: string;
};

/**
 * The chart's drawing without interaction: grid, stacked areas with their
 * patterns, axes and event markers. Shared by the page, the export and the
 * booth, so all three draw the same marks. Palette colours go in `style`,
 * so a palette of CSS variables (the page's, which follows the theme from
 * the first paint) works in every browser.
 */
export function TimelineMarks({ layout, palette, prefix }: TimelineMarksProps) {
  const { plot, fontSize } = layout;
  return (
    <g fontSize={fontSize} fill={palette.text}>
      <StatusPatternDefs prefix={prefix} />
      {layout.yTicks.map((t) => (
        <g key={t.label}>
          <line
            x1={plot.left}
            x2={plot.right}
            y1={t.y}
            y2={t.y}
            style={{ stroke: palette.groupStroke }}
          />
          <text x={plot.left - 6} y={t.y} dy="0.32em" textAnchor="end">
            {t.label}
          </text>
        </g>
      ))}
      {layout.areas.map((area) => {
        const pattern = patternId(prefix, area.status);
        return (
          <g key={area.status}>
            <path d={area.path} fill={STATUS_COLORS[area.status]} />
            {pattern && <path d={area.path} fill={`url(#${pattern})`} />}
          </g>
        );
      })}
      <line
        x1={plot.left}
        x2={plot.right}
        y1={plot.bottom}
        y2={plot.bottom}
        style={{ stroke: palette.muted }}
      />
      {layout.xTicks.map((t) => (
        <g key={t.label}>
          <line
            x1={t.x}
            x2={t.x}
            y1={plot.bottom}
            y2={plot.bottom + 5}
            style={{ stroke: palette.muted }}
          />
          <text x={t.x} y={plot.bottom + 6} dy="1em" textAnchor="middle">
            {t.label}
          </text>
        </g>
      ))}
      {layout.events.map((e) => (
        <g key={e.id}>
          <rect
            x={e.x}
            width={Math.max(2, e.x2 - e.x)}
            y={plot.top - 4 - e.lane * fontSize * 1.4}
            height={plot.bottom - plot.top + 4 + e.lane * fontSize * 1.4}
            style={{ fill: palette.highlight }}
            opacity={0.85}
          />
          <text
            x={e.labelX}
            y={plot.top - 8 - e.lane * fontSize * 1.4}
            textAnchor={e.anchor}
            fontWeight={600}
          >
            {e.label}
          </text>
        </g>
      ))}
    </g>
  );
}
