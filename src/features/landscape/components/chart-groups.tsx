import { memo } from 'react';

import {
  CATEGORY_HEADER,
  SUBCATEGORY_HEADER,
} from '../layout/compute-landscape-layout';
import {
  CATEGORY_FONT_PX,
  CHART_FONT,
  fitHeading,
  SUBCATEGORY_FONT_PX,
} from '../layout/label-fit';
import { chartTextMeasure } from './measure-text';

import type { GroupNode } from '../layout/compute-landscape-layout';
import type { ChartPalette } from '../status-style';

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
  const measure = chartTextMeasure();
  return (
    <g fontFamily={CHART_FONT}>
      {groups.map((g) => {
        const isCategory = g.level === 'category';
        const fontPx =
          (isCategory ? CATEGORY_FONT_PX : SUBCATEGORY_FONT_PX) * fontScale;
        const band =
          (isCategory ? CATEGORY_HEADER : SUBCATEGORY_HEADER) * fontScale;
        const heading = fitHeading(
          `${g.name} (${g.count})`,
          g.width,
          fontPx,
          lod,
          measure,
          isCategory ? 700 : 600,
        );
        return (
          <g
            key={g.key}
            data-group={zoomable && !isCategory ? g.name : undefined}
            cursor={zoomable && !isCategory ? 'zoom-in' : undefined}
          >
            <rect
              x={g.x}
              y={g.y}
              width={g.width}
              height={g.height}
              rx={4 / lod}
              fill={isCategory ? 'none' : palette.groupFill}
              stroke={palette.groupStroke}
              strokeWidth={(isCategory ? 1.5 : 1) / lod}
            />
            {heading && (
              <text
                x={g.x + (4 * fontScale) / lod}
                y={g.y + Math.min(band, (fontPx + 6) / lod) / 2}
                dy="0.35em"
                fontSize={fontPx / lod}
                fontWeight={isCategory ? 700 : 600}
                fill={isCategory ? palette.text : palette.muted}
              >
                {heading}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
});
