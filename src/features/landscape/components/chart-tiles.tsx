import { memo, useMemo, useState } from 'react';

import { logoUrl } from '@/config/env';

import { CHART_FONT, labelPadding } from '../layout/label-fit';
import { LINE_HEIGHT } from '../layout/tile-labels';
import { patternId, STATUS_COLORS, STATUS_INK } from '../status-style';
import { labelWeight, tileLabelsFor } from './measure-text';

import type { TileNode } from '../layout/compute-landscape-layout';
import type { Region } from '../layout/navigate';
import type { TileLabelLines } from '../layout/tile-labels';
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
  /** Logo file per item id (see logoUrl); tiles tall enough show it. */
  logos?: ReadonlyMap<string, string | null>;
  /** Labels laid out elsewhere (an export's); default: the view's own. */
  labels?: ReadonlyMap<string, TileLabelLines>;
};

/**
 * Names on tiles big enough on screen to carry them, only for tiles in the
 * region around the view (x0…y1, layout px), all in the view's one type
 * size, wrapped before shortened (see layoutTileLabels). A solid band in
 * the tile colour sits under the text so a status pattern never crosses
 * it. Re-renders when the level of detail or the region changes.
 */
export const ChartLabels = memo(function ChartLabels(props: ChartLabelsProps) {
  const { tiles, names, statusById, lod, matches, palette, x0, y0, x1, y1 } =
    props;
  const scale = props.labelScale ?? 1;
  const given = props.labels;
  const labels = useMemo(
    () => given ?? tileLabelsFor(tiles, names, statusById, lod, scale),
    [given, tiles, names, statusById, lod, scale],
  );
  const pad = labelPadding(lod, scale);
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
        const label = labels.get(tile.id);
        if (!label) return null;
        const status = statusById.get(tile.id) ?? 'none';
        const plain = status === 'none';
        const lineHeight = label.fontSize * LINE_HEIGHT;
        const block = label.lines.length * lineHeight;
        const logo = logoUrl(props.logos?.get(tile.id));
        const logoSize = Math.min(
          (MAX_LOGO_PX * scale) / lod,
          tile.height - block - 3 * pad,
        );
        const withLogo = logo !== null && logoSize * lod >= MIN_LOGO_PX;
        const top = withLogo
          ? tile.y + (tile.height + logoSize + pad - block) / 2
          : tile.y + (tile.height - block) / 2;
        return (
          <g
            key={tile.id}
            opacity={matches !== null && !matches.has(tile.id) ? 0.25 : 1}
          >
            {withLogo && (
              <TileLogo
                href={logo}
                x={tile.x + pad}
                y={top - pad - logoSize}
                width={tile.width - 2 * pad}
                height={logoSize}
                pad={pad}
              />
            )}
            {patternId('', status) !== null && (
              <rect
                x={tile.x}
                y={top - pad / 2}
                width={tile.width}
                height={block + pad}
                fill={STATUS_COLORS[status]}
              />
            )}
            <text
              fontSize={label.fontSize}
              fontWeight={labelWeight(status)}
              fill={plain ? palette.text : STATUS_INK[status]}
            >
              {label.lines.map((line, i) => (
                <tspan
                  key={i}
                  x={tile.x + pad}
                  y={top + (i + 0.5) * lineHeight}
                  dy="0.35em"
                >
                  {line}
                </tspan>
              ))}
            </text>
          </g>
        );
      })}
    </g>
  );
});

/** Logos appear on tiles with room for one this big on screen, px. */
const MIN_LOGO_PX = 20;
/** Logos never grow past this on screen, px. */
const MAX_LOGO_PX = 56;

/**
 * A tile's logo, decorative (the name beside it is what is read). It is
 * requested only once the tile is in view, and removed if it fails to load
 * (the name stays).
 */
function TileLogo(props: {
  href: string;
  x: number;
  y: number;
  width: number;
  height: number;
  pad: number;
}) {
  const [failed, setFailed] = useState(false);
  if (failed) return null;
  const { x, y, width, height, pad } = props;
  // Logos are drawn for light backgrounds: a white plate keeps them legible
  // on coloured tiles and in the dark theme.
  return (
    <g aria-hidden="true">
      <rect x={x} y={y} width={width} height={height} rx={pad} fill="#ffffff" />
      <image
        href={props.href}
        x={x + pad / 2}
        y={y + pad / 2}
        width={width - pad}
        height={height - pad}
        preserveAspectRatio="xMidYMid meet"
        onError={() => setFailed(true)}
      />
    </g>
  );
}
