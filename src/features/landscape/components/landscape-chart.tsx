import {
  useCallback,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';

import { cn } from '@/utils/cn';

import { LANDSCAPE_MARKS } from '../chart-marks';
import { computeLandscapeLayout } from '../layout/compute-landscape-layout';
import { zoomLevelOfDetail } from '../layout/label-fit';
import { centerOn, isTileInView, labelRegion } from '../layout/navigate';
import { chartPalette } from '../status-style';
import { ChartGroups } from './chart-groups';
import { ChartLabels, ChartTiles } from './chart-tiles';
import { ChartTooltip } from './chart-tooltip';
import { ChartZoomControls } from './chart-zoom-controls';
import { ItemListbox } from './item-listbox';
import { StatusPatternDefs } from './status-patterns';
import { useTweenedTiles } from './use-tweened-tiles';
import { useZoom, ZOOM_STEP } from './use-zoom';

import type { Landscape } from '../schemas';
import type { ViewSelection } from '../view-state';

export type LandscapeChartProps = {
  landscape: Landscape;
  selection: ViewSelection;
  /** Chart size in CSS px. */
  width: number;
  height: number;
  /** Accessible name of the chart (SVG <title>). */
  title: string;
  theme: 'light' | 'dark';
  /** Animate zoom and filter changes (off under reduced motion). */
  animate: boolean;
  onOpen: (id: string) => void;
  /** Clicking a subcategory heading zooms into it; omit to disable. */
  onZoom?: (subcategory: string) => void;
  /** Receives the SVG element, for export. */
  svgRef?: React.RefObject<SVGSVGElement | null>;
};

/**
 * The landscape as a zoomable treemap of tiles. d3 computes the layout (pure
 * functions in ../layout) and d3-zoom reports only a transform; React
 * renders every node. Keyboard and screen readers use ItemListbox.
 */
export function LandscapeChart(props: LandscapeChartProps) {
  const { landscape, selection, width, height, theme } = props;
  const uid = useId().replace(/[^a-zA-Z0-9]/g, '');
  const ownRef = useRef<SVGSVGElement | null>(null);
  const svgRef = props.svgRef ?? ownRef;
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
  const layout = useMemo(() => {
    performance.mark(LANDSCAPE_MARKS.layoutStart);
    const result = computeLandscapeLayout(
      selection.visible,
      landscape.categories,
      { width, height },
    );
    performance.measure(LANDSCAPE_MARKS.layout, LANDSCAPE_MARKS.layoutStart);
    return result;
  }, [selection.visible, landscape.categories, width, height]);
  const tiles = useTweenedTiles(layout.tiles, props.animate);
  const { transform, zoomBy, reset, moveTo } = useZoom(
    svgRef,
    width,
    height,
    layout,
  );
  const lod = zoomLevelOfDetail(transform.k);
  const palette = chartPalette(theme);

  useLayoutEffect(() => {
    performance.mark(LANDSCAPE_MARKS.commit);
    // A task queued from rAF runs after that frame is painted.
    const raf = requestAnimationFrame(() =>
      setTimeout(() => performance.mark(LANDSCAPE_MARKS.painted)),
    );
    return () => cancelAnimationFrame(raf);
  }, [layout]);

  const activeTile = layout.tiles.find((t) => t.id === activeId);
  // Read by the (stable) keyboard handlers, so the item list does not
  // re-render on every pan or zoom frame.
  const viewRef = useRef({ transform, tiles: layout.tiles, width, height });
  useLayoutEffect(() => {
    viewRef.current = { transform, tiles: layout.tiles, width, height };
  });
  const activate = useCallback(
    (id: string | null) => {
      setActiveId(id);
      // Keep the keyboard-active tile on screen when zoomed in.
      const v = viewRef.current;
      const tile = v.tiles.find((t) => t.id === id);
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

  const shownId = (listFocused ? activeId : null) ?? hoverId;
  const shownTile = tiles.find((t) => t.id === shownId);
  const shownItem = shownId ? itemsById.get(shownId) : undefined;
  const focusTile = listFocused ? activeTile : undefined;

  const targetOf = (event: React.SyntheticEvent) =>
    event.target instanceof Element
      ? event.target.closest<SVGElement>('[data-tile],[data-group]')
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
        className={cn(
          'relative overflow-hidden rounded-lg border border-slate-300 dark:border-slate-700',
          listFocused &&
            'outline-accent-600 dark:outline-accent-300 outline-2 outline-offset-2',
        )}
        style={{ width, height }}
      >
        <svg
          ref={svgRef}
          role="img"
          aria-labelledby={`${uid}-title ${uid}-desc`}
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          className="block cursor-grab select-none active:cursor-grabbing"
          onClick={(event) => {
            const target = targetOf(event);
            const tile = target?.getAttribute('data-tile');
            const group = target?.getAttribute('data-group');
            if (tile) props.onOpen(tile);
            else if (group && props.onZoom) props.onZoom(group);
          }}
          onPointerOver={(event) =>
            setHoverId(targetOf(event)?.getAttribute('data-tile') ?? null)
          }
          onPointerLeave={() => setHoverId(null)}
        >
          <title id={`${uid}-title`}>{props.title}</title>
          <desc id={`${uid}-desc`}>
            {`${selection.visible.length} items in ${selection.subcategoryNames.length} subcategories, coloured by CNCF status on ${selection.date}. The list that follows the chart holds the same items for keyboard and screen readers.`}
          </desc>
          <StatusPatternDefs prefix={uid} />
          <rect width={width} height={height} fill={palette.background} />
          <g
            transform={`translate(${transform.x},${transform.y}) scale(${transform.k})`}
          >
            <ChartGroups
              groups={layout.groups}
              lod={lod}
              palette={palette}
              zoomable={Boolean(props.onZoom)}
            />
            <ChartTiles
              tiles={tiles}
              statusById={selection.statusById}
              matches={selection.matches}
              palette={palette}
              patternPrefix={uid}
            />
            <ChartLabels
              tiles={tiles}
              names={names}
              statusById={selection.statusById}
              lod={lod}
              matches={selection.matches}
              palette={palette}
              {...labelRegion(transform, width, height, lod)}
            />
            {selection.matches && (
              <g
                fill="none"
                stroke={palette.highlight}
                strokeWidth={2.5 / transform.k}
                pointerEvents="none"
              >
                {tiles
                  .filter((t) => selection.matches?.has(t.id))
                  .map((t) => (
                    <rect
                      key={t.id}
                      x={t.x}
                      y={t.y}
                      width={t.width}
                      height={t.height}
                      rx={3 / transform.k}
                    />
                  ))}
              </g>
            )}
            {focusTile && (
              <rect
                x={focusTile.x - 3 / transform.k}
                y={focusTile.y - 3 / transform.k}
                width={focusTile.width + 6 / transform.k}
                height={focusTile.height + 6 / transform.k}
                fill="none"
                stroke={palette.highlight}
                strokeWidth={3 / transform.k}
                pointerEvents="none"
              />
            )}
          </g>
        </svg>
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
