import { useId, useMemo } from 'react';

import { StatusPatternDefs } from '@/components/status/status-patterns';
import { STATUS_LABELS } from '@/lib/schemas/cncf-status';

import { computeLandscapeLayout } from '../layout/compute-landscape-layout';
import {
  chartPalette,
  MATCH_RING_PX,
  RING_RADIUS_PX,
} from '../render/chart-style';
import { ChartLayers } from './chart-layers';
import { ChartNameTags } from './chart-name-tags';
import { useTweenedTiles } from './use-tweened-tiles';

import type { ChartBaseProps } from './landscape-chart';

/** Name tags of ringed tiles, px at label scale 1. */
const TAG_FONT_PX = 12;

/** The chart's props (its selection's zoom fills the poster), and: */
export type LandscapePosterProps = ChartBaseProps & {
  /**
   * Multiplies tile labels, headings and rings, for a screen read from a
   * distance: 2.4 suits a 1080p screen three metres away. 1 is the site.
   */
  labelScale?: number;
  /** Items to pick out; `null`: none. */
  highlight?: ReadonlySet<string> | null;
  /**
   * How: a ring in the highlight colour and a name tag, or every other
   * item dimmed.
   */
  emphasis?: 'ring' | 'dim';
  /** Names on tiles big enough to carry them; off for an overview. */
  tileLabels?: boolean;
};

/**
 * The landscape chart as a poster, for a screen nobody has to touch (booth
 * mode): the same layout, tiles, labels and status patterns as
 * LandscapeChart, with no pan, zoom, tooltip or click, so nothing is only
 * shown on hover. Screen readers get the items as a plain list.
 */
export function LandscapePoster({
  landscape,
  selection,
  width,
  height,
  title,
  theme,
  animate,
  labelScale = 1,
  highlight = null,
  emphasis = 'ring',
  tileLabels = true,
}: LandscapePosterProps) {
  const uid = useId().replace(/[^a-zA-Z0-9]/g, '');
  const names = useMemo(
    () => new Map(landscape.items.map((i) => [i.id, i.name])),
    [landscape],
  );
  const layout = useMemo(
    () =>
      computeLandscapeLayout(
        selection.visible,
        landscape.categories,
        { width, height },
        { headerScale: labelScale },
      ),
    [selection.visible, landscape.categories, width, height, labelScale],
  );
  const tiles = useTweenedTiles(layout.tiles, animate);
  const palette = chartPalette(theme);
  const dimmed = emphasis === 'dim' ? highlight : null;
  const ringed = emphasis === 'ring' ? highlight : null;
  const ringedTiles = ringed ? tiles.filter((t) => ringed.has(t.id)) : [];
  const ring = MATCH_RING_PX * labelScale;

  return (
    <div className="relative" style={{ width, height }}>
      <svg
        role="img"
        aria-labelledby={`${uid}-title ${uid}-desc`}
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        // The tiles' pointer cursor is for the interactive chart.
        className="block rounded-lg [&_*]:cursor-[inherit]"
      >
        <title id={`${uid}-title`}>{title}</title>
        <desc id={`${uid}-desc`}>
          {`${selection.visible.length} items, coloured by CNCF status on ${selection.date}. The list that follows the chart holds the same items.`}
        </desc>
        <StatusPatternDefs prefix={uid} />
        <rect width={width} height={height} fill={palette.background} />
        <ChartLayers
          groups={layout.groups}
          tiles={tiles}
          settledTiles={layout.tiles}
          names={names}
          statusById={selection.statusById}
          emphasis={dimmed}
          palette={palette}
          lod={1}
          patternPrefix={uid}
          headingScale={labelScale}
          labelScale={labelScale}
          labelRegion={
            tileLabels ? { x0: 0, y0: 0, x1: width, y1: height } : null
          }
        />
        <g fill="none" stroke={palette.highlight} strokeWidth={ring}>
          {ringedTiles.map((t) => (
            <rect
              key={t.id}
              x={t.x - ring / 2}
              y={t.y - ring / 2}
              width={t.width + ring}
              height={t.height + ring}
              rx={RING_RADIUS_PX * labelScale}
            />
          ))}
        </g>
        <ChartNameTags
          tiles={ringedTiles}
          names={names}
          fontPx={TAG_FONT_PX * labelScale}
          width={width}
          height={height}
          palette={palette}
        />
      </svg>
      <ul className="sr-only" aria-label={`Items in the chart: ${title}`}>
        {layout.tiles.map((tile) => (
          <li key={tile.id}>
            {`${names.get(tile.id) ?? tile.id}: ${STATUS_LABELS[selection.statusById.get(tile.id) ?? 'none']}`}
          </li>
        ))}
      </ul>
    </div>
  );
}
