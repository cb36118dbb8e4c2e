import {
  useCallback,
  useId,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { flushSync } from 'react-dom';

import { logoUrl } from '@/config/env';
import { INSTRUMENTED, mark, measure } from '@/config/instrument';
import { cn } from '@/utils/cn';

import { LANDSCAPE_MARKS } from '../chart-marks';
import { computeLandscapeLayout } from '../layout/compute-landscape-layout';
import { zoomLevelOfDetail } from '../layout/label-fit';
import {
  centerOn,
  fitBox,
  isTileInView,
  labelRegion,
} from '../layout/navigate';
import { chartPalette } from '../render/chart-style';
import { ChartCanvas } from './chart-canvas';
import { resolveRenderer, WINDOWED_LIST_MIN_TILES } from './chart-renderer';
import { ChartSvg } from './chart-svg';
import { ChartTooltip } from './chart-tooltip';
import { ChartZoomControls } from './chart-zoom-controls';
import { ItemListbox } from './item-listbox';
import { useTweenedTiles } from './use-tweened-tiles';
import { MAX_ZOOM, useZoom, ZOOM_STEP } from './use-zoom';

import type { GroupNode } from '../layout/compute-landscape-layout';
import type { ChartScene } from '../render/draw-chart';
import type { Landscape } from '../schemas';
import type { Renderer, ViewSelection } from '../view-state';

/** Canvas pixels at most (a 4K screen at 2× would be 33 M). */
const MAX_CANVAS_PIXELS = 8_000_000;

function canvasPixelRatio(width: number, height: number): number {
  const device = typeof window === 'undefined' ? 1 : window.devicePixelRatio;
  return Math.max(
    1,
    Math.min(device || 1, 2, Math.sqrt(MAX_CANVAS_PIXELS / (width * height))),
  );
}

/** What every drawing of the chart needs: the data, the view of it, its size and look. */
export type ChartBaseProps = {
  landscape: Landscape;
  /** What to draw (see selectView). */
  selection: ViewSelection;
  /** Chart size in CSS px. */
  width: number;
  height: number;
  /** Accessible name of the chart. */
  title: string;
  theme: 'light' | 'dark';
  /** Animate zoom and filter changes (off under reduced motion). */
  animate: boolean;
};

export type LandscapeChartProps = ChartBaseProps & {
  onOpen: (id: string) => void;
  /** Clicking a subcategory heading zooms into it; omit to disable. */
  onZoom?: (subcategory: string) => void;
  /** SVG, Canvas, or by the number of tiles (the default). */
  renderer?: Renderer;
  /** The item whose panel is open: its tile stays highlighted. */
  selectedId?: string | null;
  /** Receives focusItem. */
  exportRef?: React.Ref<ChartHandle>;
};

/** What the chart offers its page: focus on a tile. */
export type ChartHandle = {
  /** Focuses the chart's item list with `id` active (e.g. a closed panel's tile). */
  focusItem: (id: string) => void;
};

/**
 * The landscape as a zoomable treemap of tiles. d3 computes the layout (pure
 * functions in ../layout) and d3-zoom reports only a transform; React
 * renders the SVG, or a canvas redraws the view each frame for very large
 * landscapes. Keyboard and screen readers use ItemListbox either way.
 */
export function LandscapeChart(props: LandscapeChartProps) {
  const { landscape, selection, width, height, theme } = props;
  const uid = useId().replace(/[^a-zA-Z0-9]/g, '');
  const surfaceRef = useRef<Element | null>(null);
  const svgRef = useRef<SVGSVGElement | null>(null);
  const canvasRef = useRef<HTMLCanvasElement | null>(null);
  const [hoverId, setHoverId] = useState<string | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [listFocused, setListFocused] = useState(false);

  const itemsById = useMemo(
    () => new Map(landscape.items.map((i) => [i.id, i])),
    [landscape],
  );
  const names = useMemo(
    () => new Map(landscape.items.map((i) => [i.id, i.name])),
    [landscape],
  );
  const logos = useMemo(
    () => new Map(landscape.items.map((i) => [i.id, logoUrl(i.logo)])),
    [landscape],
  );
  const layout = useMemo(() => {
    mark(LANDSCAPE_MARKS.layoutStart);
    const result = computeLandscapeLayout(
      selection.visible,
      landscape.categories,
      { width, height },
    );
    measure(LANDSCAPE_MARKS.layout, LANDSCAPE_MARKS.layoutStart);
    return result;
  }, [selection.visible, landscape.categories, width, height]);
  const renderer = resolveRenderer(
    props.renderer ?? 'auto',
    layout.tiles.length,
  );
  const tiles = useTweenedTiles(layout.tiles, props.animate);
  // A new layout or a new drawing surface returns to the fitted view.
  const zoomKey = useMemo(() => ({ layout, renderer }), [layout, renderer]);
  const { transform, zoomBy, reset, moveTo } = useZoom(
    surfaceRef,
    width,
    height,
    zoomKey,
  );
  const lod = zoomLevelOfDetail(transform.k);
  const palette = useMemo(() => chartPalette(theme), [theme]);
  useLayoutEffect(() => {
    surfaceRef.current =
      renderer === 'canvas' ? canvasRef.current : svgRef.current;
  });

  useLayoutEffect(() => {
    if (!INSTRUMENTED) return;
    mark(LANDSCAPE_MARKS.commit);
    // A task queued from rAF runs after that frame is painted.
    const raf = requestAnimationFrame(() =>
      setTimeout(() => mark(LANDSCAPE_MARKS.painted)),
    );
    return () => cancelAnimationFrame(raf);
  }, [layout]);

  const focusId = listFocused ? activeId : (props.selectedId ?? null);
  const frameRef = useRef<HTMLDivElement>(null);
  const scene: ChartScene = useMemo(
    () => ({
      layout,
      tiles,
      names,
      logos,
      statusById: selection.statusById,
      // The search narrows the view, so nothing is faded or outlined.
      matches: null,
      palette,
      focusId,
    }),
    [layout, tiles, names, logos, selection, palette, focusId],
  );
  const description = `${selection.visible.length} items in ${selection.subcategoryNames.length} subcategories, coloured by CNCF status on ${selection.date}. The list that follows the chart holds the same items for keyboard and screen readers.`;

  // Read by the (stable) keyboard handlers, so the item list
  // does not re-render on every pan or zoom frame.
  const viewRef = useRef({ transform, scene, lod, width, height });
  useLayoutEffect(() => {
    viewRef.current = { transform, scene, lod, width, height };
  });
  const activate = useCallback(
    (id: string | null) => {
      setActiveId(id);
      // Keep the keyboard-active tile on screen when zoomed in.
      const v = viewRef.current;
      const tile = v.scene.layout.tiles.find((t) => t.id === id);
      if (
        tile &&
        v.transform.k > 1 &&
        !isTileInView(tile, v.transform, v.width, v.height)
      ) {
        moveTo(centerOn(tile, v.transform, v.width, v.height));
      }
    },
    [moveTo],
  );

  useImperativeHandle(
    props.exportRef,
    (): ChartHandle => ({
      focusItem: (id) => {
        flushSync(() => setActiveId(id));
        frameRef.current
          ?.querySelector<HTMLElement>('[role="listbox"]')
          ?.focus();
      },
    }),
    [],
  );

  // Clicking a category in the overview shows that category whole.
  const showCategory = (group: GroupNode) =>
    moveTo(fitBox(group, width, height, MAX_ZOOM));

  const shownId = focusId ?? hoverId;
  const shownTile = tiles.find((t) => t.id === shownId);
  const shownItem = shownId ? itemsById.get(shownId) : undefined;

  const targetOf = (event: React.SyntheticEvent) =>
    event.target instanceof Element
      ? event.target.closest<SVGElement>(
          '[data-tile],[data-group],[data-category]',
        )
      : null;

  const chartKey = useCallback(
    (key: string) => {
      if (key === '+' || key === '=') zoomBy(ZOOM_STEP);
      else if (key === '-') zoomBy(1 / ZOOM_STEP);
      else if (key === '0') reset();
      else return false;
      return true;
    },
    [zoomBy, reset],
  );

  return (
    <div>
      <div
        ref={frameRef}
        className={cn(
          'relative overflow-hidden rounded-lg border border-slate-300 dark:border-slate-700',
          listFocused &&
            'outline-accent-600 dark:outline-accent-300 outline-2 outline-offset-2',
        )}
        style={{ width, height }}
      >
        {renderer === 'canvas' ? (
          <ChartCanvas
            scene={scene}
            view={{
              transform,
              lod,
              width,
              height,
              pixelRatio: canvasPixelRatio(width, height),
            }}
            uid={uid}
            title={props.title}
            description={description}
            canvasRef={canvasRef}
            onHover={setHoverId}
            onOpen={props.onOpen}
            onZoom={props.onZoom}
            onCategory={showCategory}
          />
        ) : (
          <ChartSvg
            svgRef={svgRef}
            scene={scene}
            uid={uid}
            title={props.title}
            description={description}
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
              else if (category) showCategory(category);
            }}
            onPointerOver={(event) =>
              setHoverId(targetOf(event)?.getAttribute('data-tile') ?? null)
            }
            onPointerLeave={() => setHoverId(null)}
          />
        )}
        {shownTile && shownItem && (
          <ChartTooltip
            tile={shownTile}
            item={shownItem}
            status={selection.statusById.get(shownTile.id) ?? 'none'}
            transform={transform}
            width={width}
          />
        )}
        <ItemListbox
          idPrefix={uid}
          label={`${props.title}: ${layout.tiles.length} items. Arrow keys move, Enter opens, plus and minus zoom.`}
          tiles={layout.tiles}
          itemsById={itemsById}
          statusById={selection.statusById}
          matches={selection.matches}
          activeId={activeId}
          onActiveChange={activate}
          onOpen={props.onOpen}
          onFocusChange={setListFocused}
          onChartKey={chartKey}
          windowed={layout.tiles.length >= WINDOWED_LIST_MIN_TILES}
        />
        {listFocused && (
          <p
            aria-hidden="true"
            className="absolute top-2 left-2 rounded bg-slate-900/85 px-2 py-1 text-xs text-white"
          >
            Arrow keys move · Enter opens · + / − zoom · 0 resets
          </p>
        )}
      </div>
      <ChartZoomControls
        zoom={transform.k}
        onZoomIn={() => zoomBy(ZOOM_STEP)}
        onZoomOut={() => zoomBy(1 / ZOOM_STEP)}
        onReset={reset}
      />
    </div>
  );
}
