import { memo } from 'react';

import { fitLabel, labelPadding } from '../layout/label-fit';
import { patternId, STATUS_COLORS, STATUS_INK } from '../status-style';

import type { TileNode } from '../layout/compute-landscape-layout';
import type { DisplayStatus } from '../schemas';
import type { ChartPalette } from '../status-style';

export type ChartTilesProps = {
  tiles: readonly TileNode[];
  names: ReadonlyMap<string, string>;
  statusById: ReadonlyMap<string, DisplayStatus>;
  /** Zoom level of detail (see zoomLevelOfDetail), not the live zoom. */
  lod: number;
  matches: ReadonlySet<string> | null;
  palette: ChartPalette;
  patternPrefix: string;
};

/**
 * Every item as a tile: status colour (CNCF projects) or outline (others),
 * a status pattern, and its name when the tile is big enough on screen.
 * Memoised: pan and zoom frames change only the parent transform.
 */
export const ChartTiles = memo(function ChartTiles({
  tiles,
  names,
  statusById,
  lod,
  matches,
  palette,
  patternPrefix,
}: ChartTilesProps) {
  const radius = Math.min(3, 3 / lod);
  return (
    <g fontFamily="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif">
      {tiles.map((tile) => {
        const status = statusById.get(tile.id) ?? 'none';
        const name = names.get(tile.id) ?? tile.id;
        const label = fitLabel(name, tile.width, tile.height, lod);
        const dimmed = matches !== null && !matches.has(tile.id);
        const pattern = patternId(patternPrefix, status);
        const plain = status === 'none';
        return (
          <g
            key={tile.id}
            data-tile={tile.id}
            transform={`translate(${tile.x},${tile.y})`}
            opacity={dimmed ? 0.25 : 1}
            cursor="pointer"
          >
            <rect
              width={tile.width}
              height={tile.height}
              rx={radius}
              fill={plain ? palette.plainTile : STATUS_COLORS[status]}
              stroke={STATUS_COLORS[status]}
              strokeWidth={plain ? 1.5 / lod : 0}
            />
            {pattern && (
              <rect
                width={tile.width}
                height={tile.height}
                rx={radius}
                fill={`url(#${pattern})`}
              />
            )}
            {label && (
              <text
                x={labelPadding(lod)}
                y={tile.height / 2}
                dy="0.35em"
                fontSize={label.fontSize}
                fontWeight={plain ? 400 : 600}
                fill={plain ? palette.text : STATUS_INK[status]}
                paintOrder={pattern ? 'stroke' : undefined}
                stroke={pattern ? STATUS_COLORS[status] : undefined}
                strokeWidth={pattern ? label.fontSize / 4 : undefined}
              >
                {label.text}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
});
