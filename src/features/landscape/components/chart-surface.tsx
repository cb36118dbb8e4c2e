import { useMemo } from 'react';

import { labelRegion } from '../layout/navigate';
import { ChartCanvas } from './chart-canvas';
import { ChartSvg } from './chart-svg';
import { useTweenedTiles } from './use-tweened-tiles';

import type {
  GroupNode,
  LandscapeLayout,
} from '../layout/compute-landscape-layout';
import type { ViewTransform } from '../layout/navigate';
import type { ChartPalette } from '../render/chart-style';
import type { ChartScene } from '../render/draw-chart';
import type { DisplayStatus } from '@/lib/schemas/cncf-status';

/** Canvas pixels at most (a 4K screen at 2× would be 33 M). */
const MAX_CANVAS_PIXELS = 8_000_000;

function canvasPixelRatio(width: number, height: number): number {
  const device = typeof window === 'undefined' ? 1 : window.devicePixelRatio;
  return Math.max(
    1,
    Math.min(device || 1, 2, Math.sqrt(MAX_CANVAS_PIXELS / (width * height))),
  );
}

export type ChartSurfaceProps = {
  layout: LandscapeLayout;
  renderer: 'svg' | 'canvas';
  names: ReadonlyMap<string, string>;
  logos: ReadonlyMap<string, string | null>;
  statusById: ReadonlyMap<string, DisplayStatus>;
  palette: ChartPalette;
  /** The ringed tile (keyboard-active or open), if any. */
  focusId: string | null;
  /** Glide from one layout to the next (see glideMs); off under reduced motion. */
  motion: boolean;
  transform: ViewTransform;
  /** Zoom level of detail (see zoomLevelOfDetail). */
  lod: number;
  /** Chart size in CSS px. */
  width: number;
  height: number;
  /** Unique per chart: ids of the name, description and patterns. */
  uid: string;
  title: string;
  description: string;
  svgRef: React.RefObject<SVGSVGElement | null>;
  canvasRef: React.RefObject<HTMLCanvasElement | null>;
  onHover: (id: string | null) => void;
  /** The group whose heading is under the pointer (canvas; SVG headings carry a title). */
  onHoverHeading?: (key: string | null) => void;
  onOpen: (id: string) => void;
  /** Clicking a subcategory zooms into it; omit to disable. */
  onZoom?: (subcategory: string) => void;
  /** Clicking a category's heading or margin (overview) shows it whole. */
  onCategory: (category: GroupNode) => void;
};

const targetOf = (event: React.SyntheticEvent) =>
  event.target instanceof Element
    ? event.target.closest<SVGElement>(
        '[data-tile],[data-group],[data-category]',
      )
    : null;

/**
 * The chart's drawing surface: the tiles gliding to a new layout, drawn
 * as SVG or on a canvas, with clicks and hover. The glide's frames
 * re-render only this, not the item list, tooltip or controls around it.
 */
export function ChartSurface(props: ChartSurfaceProps) {
  const { layout, palette, focusId, transform, lod, width, height } = props;
  const { names, logos, statusById } = props;
  const tiles = useTweenedTiles(layout.tiles, props.motion);
  const scene: ChartScene = useMemo(
    () => ({
      layout,
      tiles,
      names,
      logos,
      statusById,
      // The search narrows the view, so nothing is faded or outlined.
      matches: null,
      palette,
      focusId,
    }),
    [layout, tiles, names, logos, statusById, palette, focusId],
  );

  if (props.renderer === 'canvas') {
    return (
      <ChartCanvas
        scene={scene}
        view={{
          transform,
          lod,
          width,
          height,
          pixelRatio: canvasPixelRatio(width, height),
        }}
        uid={props.uid}
        title={props.title}
        description={props.description}
        canvasRef={props.canvasRef}
        onHover={props.onHover}
        onHoverHeading={props.onHoverHeading}
        onOpen={props.onOpen}
        onZoom={props.onZoom}
        onCategory={props.onCategory}
      />
    );
  }
  return (
    <ChartSvg
      svgRef={props.svgRef}
      scene={scene}
      uid={props.uid}
      title={props.title}
      description={props.description}
      width={width}
      height={height}
      transform={transform}
      lod={lod}
      labelRegion={labelRegion(transform, width, height, lod)}
      zoomable={Boolean(props.onZoom)}
      className="block cursor-grab select-none active:cursor-grabbing"
      data-chart=""
      onClick={(event) => {
        const target = targetOf(event);
        const tile = target?.getAttribute('data-tile');
        const group = target?.getAttribute('data-group');
        const category = layout.groups.find(
          (g) => g.key === target?.getAttribute('data-category'),
        );
        if (tile) props.onOpen(tile);
        else if (group && props.onZoom) props.onZoom(group);
        else if (category) props.onCategory(category);
      }}
      onPointerOver={(event) =>
        props.onHover(targetOf(event)?.getAttribute('data-tile') ?? null)
      }
      onPointerLeave={() => props.onHover(null)}
    />
  );
}
