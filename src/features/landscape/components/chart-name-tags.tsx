import { CHART_FONT } from '../layout/label-fit';

import type { TileNode } from '../layout/compute-landscape-layout';
import type { ChartPalette } from '../render/chart-style';

/** Average glyph width of a bold system font as a share of its size (generous). */
const GLYPH_WIDTH = 0.64;

export type ChartNameTagsProps = {
  tiles: readonly TileNode[];
  names: ReadonlyMap<string, string>;
  /** Tag text size, px. */
  fontPx: number;
  /** Chart size, px: tags stay inside it. */
  width: number;
  height: number;
  palette: ChartPalette;
};

/**
 * A name tag above (or, at the top edge, below) each given tile, so a
 * picked-out item is named even when its tile is too small for a label.
 */
export function ChartNameTags({
  tiles,
  names,
  fontPx,
  width,
  height,
  palette,
}: ChartNameTagsProps) {
  const tagHeight = fontPx * 1.5;
  const gap = fontPx * 0.3;
  return (
    <g
      fontFamily={CHART_FONT}
      fontSize={fontPx}
      fontWeight={700}
      pointerEvents="none"
    >
      {tiles.map((tile) => {
        const name = names.get(tile.id) ?? tile.id;
        const tagWidth = Math.min(
          width,
          name.length * fontPx * GLYPH_WIDTH + fontPx,
        );
        const x = Math.max(
          0,
          Math.min(width - tagWidth, tile.x + tile.width / 2 - tagWidth / 2),
        );
        const above = tile.y - gap - tagHeight;
        const y =
          above >= 0
            ? above
            : Math.min(height - tagHeight, tile.y + tile.height + gap);
        return (
          <g
            key={tile.id}
            data-name-tag={tile.id}
            transform={`translate(${x},${y})`}
          >
            <rect
              width={tagWidth}
              height={tagHeight}
              rx={fontPx * 0.25}
              fill={palette.highlight}
            />
            <text
              x={tagWidth / 2}
              y={tagHeight / 2}
              dy="0.35em"
              textAnchor="middle"
              fill={palette.background}
            >
              {name}
            </text>
          </g>
        );
      })}
    </g>
  );
}
