import { memo } from 'react';

import {
  CHART_FONT,
  fitLabel,
  labelPadding,
  MIN_LABEL_PX,
  refineLabel,
} from '../layout/label-fit';
import { chartTextMeasure } from './measure-text';
import { patternId, STATUS_COLORS, STATUS_INK } from '../status-style';

import type { TileNode } from '../layout/compute-landscape-layout';
import type { Region } from '../layout/navigate';
import type { DisplayStatus } from '../schemas';
import type { ChartPalette } from '../status-style';

/** Tile corner radius, layout px. */
const TILE_RADIUS = 2;

export type ChartTilesProps = {
  tiles: readonly TileNode[];
  statusById: ReadonlyMap<string, DisplayStatus>;
  matches: ReadonlySet<string> | null;
  palette: ChartPalette;
  patternPrefix: string;
};

/**
 * Every item as a tile: status colour (CNCF projects) or outline (others)
 * plus a status pattern. Independent of zoom (strokes do not scale), so
 * pan and zoom frames never re-render it.
 */
export const ChartTiles = memo(function ChartTiles({
  tiles,
  statusById,
  matches,
  palette,
  patternPrefix,
}: ChartTilesProps) {
  return (
    <g>
      {tiles.map((tile) => {
        const status = statusById.get(tile.id) ?? 'none';
        const pattern = patternId(patternPrefix, status);
        const plain = status === 'none';
        return (
          <g
            key={tile.id}
            data-tile={tile.id}
            transform={`translate(${tile.x},${tile.y})`}
            opacity={matches !== null && !matches.has(tile.id) ? 0.25 : 1}
            cursor="pointer"
          >
            <rect
              width={tile.width}
              height={tile.height}
              rx={TILE_RADIUS}
              fill={plain ? palette.plainTile : STATUS_COLORS[status]}
              stroke={plain ? STATUS_COLORS.none : 'none'}
              strokeWidth={1.5}
              vectorEffect="non-scaling-stroke"
            />
            {pattern && (
              <rect
                width={tile.width}
                height={tile.height}
                rx={TILE_RADIUS}
                fill={`url(#${pattern})`}
              />
            )}
          </g>
        );
      })}
    </g>
  );
});

export type ChartLabelsProps = Region & {
  tiles: readonly TileNode[];
  names: ReadonlyMap<string, string>;
  statusById: ReadonlyMap<string, DisplayStatus>;
  /** Zoom level of detail (see zoomLevelOfDetail), not the live zoom. */
  lod: number;
  matches: ReadonlySet<string> | null;
  palette: ChartPalette;
  /** Multiplies label sizes (see fitLabel); 1 is the site. */
  labelScale?: number;
};

/**
 * Names on tiles big enough on screen to carry them, only for tiles in the
 * region around the view (x0…y1, layout px). Re-renders when the level of
 * detail or the region changes, not on every frame.
 */
export const ChartLabels = memo(function ChartLabels(props: ChartLabelsProps) {
  const { tiles, names, statusById, lod, matches, palette, x0, y0, x1, y1 } =
    props;
  const scale = props.labelScale ?? 1;
  const pad = labelPadding(lod, scale);
  const measure = chartTextMeasure();
  return (
    <g fontFamily={CHART_FONT} pointerEvents="none">
      {tiles.map((tile) => {
        if (
          tile.x > x1 ||
          tile.y > y1 ||
          tile.x + tile.width < x0 ||
          tile.y + tile.height < y0
        )
          return null;
        const name = names.get(tile.id) ?? tile.id;
        const status = statusById.get(tile.id) ?? 'none';
        const plain = status === 'none';
        const estimate = fitLabel(name, tile.width, tile.height, lod, scale);
        const label =
          estimate && measure
            ? refineLabel(
                estimate,
                name,
                tile.width - 2 * pad,
                plain ? 400 : 600,
                (MIN_LABEL_PX * scale) / lod,
                measure,
              )
            : estimate;
        if (!label) return null;
        const patterned = patternId('', status) !== null;
        return (
          <text
            key={tile.id}
            x={tile.x + pad}
            y={tile.y + tile.height / 2}
            dy="0.35em"
            fontSize={label.fontSize}
            fontWeight={plain ? 400 : 600}
            fill={plain ? palette.text : STATUS_INK[status]}
            opacity={matches !== null && !matches.has(tile.id) ? 0.25 : 1}
            // A halo in the tile colour keeps text legible over a pattern.
            paintOrder={patterned ? 'stroke' : undefined}
            stroke={patterned ? STATUS_COLORS[status] : undefined}
            strokeWidth={patterned ? label.fontSize / 4 : undefined}
          >
            {label.text}
          </text>
        );
      })}
    </g>
  );
});
