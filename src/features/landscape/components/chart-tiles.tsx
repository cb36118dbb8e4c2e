import { memo, useMemo, useState } from 'react';

import { labelFitsMidGlide, tilesById } from '../layout/glide';
import {
  CHART_FONT,
  FADED_OPACITY,
  isFaded,
  labelInk,
  labelWeight,
  LOGO_PLATE,
  patternId,
  placeLabel,
  PLAIN_OUTLINE_PX,
  STATUS_COLORS,
  TILE_RADIUS,
  tileFill,
} from '../render/chart-style';
import { tileLabelsFor } from '../render/measure-text';

import type { TileNode } from '../layout/compute-landscape-layout';
import type { Region } from '../layout/navigate';
import type { TileLabelLines } from '../layout/tile-labels';
import type { ChartPalette } from '../render/chart-style';
import type { DisplayStatus } from '@/lib/schemas/cncf-status';

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
            opacity={isFaded(matches, tile.id) ? FADED_OPACITY : 1}
            cursor="pointer"
          >
            <rect
              width={tile.width}
              height={tile.height}
              rx={TILE_RADIUS}
              fill={tileFill(status, palette)}
              stroke={plain ? STATUS_COLORS.none : 'none'}
              strokeWidth={PLAIN_OUTLINE_PX}
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
  /** Tiles as drawn now (mid-glide they differ from `settled`). */
  tiles: readonly TileNode[];
  /**
   * Tiles as laid out: labels are laid out for these, once per layout and
   * zoom level, and shown mid-glide only on tiles already that big (see
   * labelFitsMidGlide). Default: `tiles`.
   */
  settled?: readonly TileNode[];
  names: ReadonlyMap<string, string>;
  statusById: ReadonlyMap<string, DisplayStatus>;
  /** Zoom level of detail (see zoomLevelOfDetail), not the live zoom. */
  lod: number;
  matches: ReadonlySet<string> | null;
  palette: ChartPalette;
  /** Multiplies label sizes (see fitLabel); 1 is the site. */
  labelScale?: number;
  /** Logo URL per item id (see logoUrl, or data URLs in an export); tiles tall enough show it. */
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
  const settled = props.settled ?? tiles;
  const labels = useMemo(
    () => given ?? tileLabelsFor(settled, names, statusById, lod, scale),
    [given, settled, names, statusById, lod, scale],
  );
  const settledById = settled === tiles ? null : tilesById(settled);
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
        if (settledById && !labelFitsMidGlide(tile, settledById.get(tile.id)))
          return null;
        const status = statusById.get(tile.id) ?? 'none';
        const logo = props.logos?.get(tile.id) ?? null;
        const place = placeLabel(tile, label, status, {
          lod,
          scale,
          logo: logo !== null,
        });
        return (
          <g
            key={tile.id}
            opacity={isFaded(matches, tile.id) ? FADED_OPACITY : 1}
          >
            {logo && place.logo && (
              <TileLogo href={logo} box={place.logo} pad={place.pad} />
            )}
            {place.band && (
              <rect
                x={tile.x}
                y={place.band.y}
                width={tile.width}
                height={place.band.height}
                fill={STATUS_COLORS[status]}
              />
            )}
            <text
              fontSize={label.fontSize}
              fontWeight={labelWeight(status)}
              fill={labelInk(status, palette)}
            >
              {label.lines.map((line, i) => (
                <tspan
                  key={i}
                  x={place.x}
                  y={place.top + (i + 0.5) * place.lineHeight}
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

/**
 * A tile's logo, decorative (the name beside it is what is read). It is
 * requested only once the tile is in view, and removed if it fails to load
 * (the name stays).
 */
function TileLogo({
  href,
  box,
  pad,
}: {
  href: string;
  box: { x: number; y: number; width: number; height: number };
  pad: number;
}) {
  const [failed, setFailed] = useState(false);
  if (failed) return null;
  return (
    <g aria-hidden="true">
      <rect {...box} rx={pad} fill={LOGO_PLATE} />
      <image
        href={href}
        x={box.x + pad / 2}
        y={box.y + pad / 2}
        width={box.width - pad}
        height={box.height - pad}
        preserveAspectRatio="xMidYMid meet"
        onError={() => setFailed(true)}
      />
    </g>
  );
}
