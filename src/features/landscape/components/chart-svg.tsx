import { StatusPatternDefs } from '@/components/status/status-patterns';

import {
  FOCUS_RING_GAP_PX,
  FOCUS_RING_PX,
  MATCH_RING_PX,
  RING_RADIUS_PX,
} from '../render/chart-style';
import { ChartLayers } from './chart-layers';

import type { Region, ViewTransform } from '../layout/navigate';
import type { ChartScene } from '../render/draw-chart';

export type ChartSvgProps = Omit<
  React.SVGProps<SVGSVGElement>,
  'ref' | 'transform'
> & {
  scene: ChartScene;
  /** Unique per chart: prefixes the title, description and pattern ids. */
  uid: string;
  title: string;
  description: string;
  width: number;
  height: number;
  transform: ViewTransform;
  /** Zoom level of detail (see zoomLevelOfDetail). */
  lod: number;
  /** Layout region to label (labelRegion); the rest stays unlabelled. */
  labelRegion: Region;
  zoomable: boolean;
  svgRef?: React.Ref<SVGSVGElement>;
};

/**
 * The chart as SVG: every group, tile and label is a node, so it is crisp at
 * any zoom, testable in jsdom and exports as is. Used live for smaller
 * landscapes and, off screen, for the SVG export of any size.
 */
export function ChartSvg({
  scene,
  uid,
  title,
  description,
  width,
  height,
  transform,
  lod,
  labelRegion,
  zoomable,
  svgRef,
  ...rest
}: ChartSvgProps) {
  const { palette, tiles, matches, statusById } = scene;
  const focusTile = tiles.find((t) => t.id === scene.focusId);
  const k = transform.k;
  return (
    <svg
      ref={svgRef}
      role="img"
      aria-labelledby={`${uid}-title ${uid}-desc`}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      {...rest}
    >
      <title id={`${uid}-title`}>{title}</title>
      <desc id={`${uid}-desc`}>{description}</desc>
      <StatusPatternDefs prefix={uid} />
      <rect width={width} height={height} fill={palette.background} />
      <g transform={`translate(${transform.x},${transform.y}) scale(${k})`}>
        <ChartLayers
          groups={scene.layout.groups}
          tiles={tiles}
          settledTiles={scene.layout.tiles}
          names={scene.names}
          logos={scene.logos}
          statusById={statusById}
          emphasis={matches}
          palette={palette}
          lod={lod}
          patternPrefix={uid}
          zoomable={zoomable}
          labelRegion={labelRegion}
        />
        {matches && (
          <g
            fill="none"
            stroke={palette.highlight}
            strokeWidth={MATCH_RING_PX / k}
            pointerEvents="none"
          >
            {tiles
              .filter((t) => matches.has(t.id))
              .map((t) => (
                <rect
                  key={t.id}
                  x={t.x}
                  y={t.y}
                  width={t.width}
                  height={t.height}
                  rx={RING_RADIUS_PX / k}
                />
              ))}
          </g>
        )}
        {focusTile && (
          <rect
            x={focusTile.x - FOCUS_RING_GAP_PX / k}
            y={focusTile.y - FOCUS_RING_GAP_PX / k}
            width={focusTile.width + (2 * FOCUS_RING_GAP_PX) / k}
            height={focusTile.height + (2 * FOCUS_RING_GAP_PX) / k}
            fill="none"
            stroke={palette.highlight}
            strokeWidth={FOCUS_RING_PX / k}
            pointerEvents="none"
          />
        )}
      </g>
    </svg>
  );
}
