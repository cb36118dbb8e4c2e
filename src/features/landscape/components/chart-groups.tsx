import { memo } from 'react';

import { CHART_FONT, groupStyle } from '../render/chart-style';
import { groupHeadingsFor } from '../render/measure-text';

import type { GroupNode } from '../layout/compute-landscape-layout';
import type { ChartPalette } from '../render/chart-style';

export type ChartGroupsProps = {
  groups: readonly GroupNode[];
  lod: number;
  palette: ChartPalette;
  /** Whether clicking a subcategory heading zooms into it. */
  zoomable: boolean;
  /**
   * Multiplies heading sizes; lay out with the same `headerScale` so the
   * bands fit them. 1 is the site.
   */
  fontScale?: number;
};

/** Category and subcategory boxes with their headings (name and count). */
export const ChartGroups = memo(function ChartGroups({
  groups,
  lod,
  palette,
  zoomable,
  fontScale = 1,
}: ChartGroupsProps) {
  const headings = groupHeadingsFor(groups, lod, fontScale);
  return (
    <g fontFamily={CHART_FONT}>
      {groups.map((g) => {
        const style = groupStyle(g, lod, palette, fontScale);
        const heading = headings.get(g.key);
        const isCategory = g.level === 'category';
        return (
          <g
            key={g.key}
            data-group={zoomable && !isCategory ? g.name : undefined}
            data-category={zoomable && isCategory ? g.key : undefined}
            cursor={zoomable ? 'zoom-in' : undefined}
            // A category's heading band and margins take clicks too.
            pointerEvents={zoomable && isCategory ? 'all' : undefined}
          >
            <rect
              x={g.x}
              y={g.y}
              width={g.width}
              height={g.height}
              rx={style.radius}
              fill={style.fill}
              stroke={style.stroke}
              strokeWidth={style.strokeWidth}
            />
            {heading && (
              <text
                x={style.textX}
                y={style.textY}
                fontSize={style.font.px}
                fontWeight={style.font.weight}
                fill={style.font.color}
              >
                {heading.lines.map((line, i) => (
                  <tspan
                    key={i}
                    x={style.textX}
                    y={style.textY + i * style.lineHeight}
                    dy="0.35em"
                  >
                    {line}
                  </tspan>
                ))}
              </text>
            )}
            {heading?.truncated && <title>{`${g.name} (${g.count})`}</title>}
          </g>
        );
      })}
    </g>
  );
});
